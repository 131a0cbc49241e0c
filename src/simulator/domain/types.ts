/**
 * The simulator's model: the scenario (a fixed world read from content/scenarios) and the parts of it the user
 * edits. Plain serialisable data only, so a state can be stored, compared and replayed.
 */

/** How a configuration field is edited and validated. */
export type FieldType = 'text' | 'url' | 'secret' | 'number' | 'path' | 'select';

/**
 * What a field means to the simulated connection test. The test looks fields up by role, so a connector can
 * name and order its fields freely (as real Sync Connectors do).
 */
export type FieldRole = 'url' | 'client' | 'user' | 'apiKey' | 'folder';

/** One choice of a select field. `value` is stored; the labels are shown. */
export interface FieldOption {
  value: string;
  label: string;
  labelEn: string;
}

/** One connector-specific configuration field, as the dialog shows it. */
export interface FieldDef {
  /** Stable key in a connection's `config`. */
  key: string;
  /** Norwegian label, exactly as the dialog shows it. */
  label: string;
  /** English label for the English UI. */
  labelEn: string;
  type: FieldType;
  /** Must be filled before the test can pass and OK can save. */
  required: boolean;
  /** Inclusive bounds for `number` fields. */
  min?: number;
  max?: number;
  /** Overrides the default maximum length of the field type. */
  maxLength?: number;
  /** `digits`: only 0-9 (client numbers). */
  format?: 'digits';
  /** Choices of a `select` field. */
  options?: FieldOption[];
  /** The field's part in the simulated connection test, if any. */
  role?: FieldRole;
  /** Short Norwegian help shown under the field. */
  help?: string;
  helpEn?: string;
}

/** `api`: talks to an ERP web service; `file`: exchanges files in a folder. Decides what the test checks. */
export type ConnectorKind = 'api' | 'file';

/** Why an ERP field cannot be synchronised: it is the actor's own id, or the ERP keeps it read-only. */
export type NoSyncReason = 'id' | 'read-only';

/** One field of an ERP actor, as Tilordninger lists it. */
export interface ErpFieldDef {
  /** Stable key in a connection's setup. */
  key: string;
  label: string;
  labelEn: string;
  /** The ERP cannot create the actor without it: while the actor is synchronised, it needs a direction. */
  required: boolean;
  /** The ERP list the field takes its values from (a list in the connector's `lists`). */
  list?: string;
  /** Set when the field cannot be synchronised; its direction buttons stay dimmed and say why. */
  noSync?: NoSyncReason;
}

/** A kind of record in the ERP (Kunde, Leverandør, Person, Prosjekt) and the CRM entity it is synchronised with. */
export interface ErpActor {
  id: string;
  label: string;
  labelEn: string;
  /** Id of a CRM entity in the scenario's `crm`. */
  entity: string;
  fields: ErpFieldDef[];
}

/** One value of a list (an ERP list or a CRM list). Values are data, shown as written in either language. */
export interface ListItem {
  id: string;
  label: string;
}

/** An ERP list whose values are mapped to the values of a CRM list in Listetilordning. */
export interface ErpList {
  id: string;
  label: string;
  labelEn: string;
  /** Id of the CRM list (in the scenario's `crm.lists`) its values map to. */
  crmList: string;
  items: ListItem[];
}

/** A Sync Connector: the integration component, with the configuration fields its connections fill in. */
export interface ConnectorDef {
  id: string;
  name: string;
  url: string;
  kind: ConnectorKind;
  /**
   * Whether it is in the Sync Connectors list when the scenario starts. An unlisted connector is a sync app that
   * is installed and answers at `url`, ready to be added with Legg til.
   */
  listed: boolean;
  fields: FieldDef[];
  /** The ERP actors the connector offers, one tab each in Tilordninger, Standardverdier and Ranger felt. */
  actors: ErpActor[];
  /** The ERP lists its list fields take their values from. */
  lists: ErpList[];
}

/** A SuperOffice field an ERP field can be mapped to. */
export interface CrmField {
  key: string;
  label: string;
  labelEn: string;
  /** The CRM list the field takes its values from. */
  list?: string;
  /** Only these ERP actors may map to it (a customer number is no supplier's); absent: every actor of the entity. */
  actors?: string[];
}

/** A SuperOffice entity (Firma, Person, Prosjekt) with the fields ERP fields can be mapped to. */
export interface CrmEntity {
  id: string;
  label: string;
  labelEn: string;
  fields: CrmField[];
}

export interface CrmList {
  id: string;
  label: string;
  labelEn: string;
  items: ListItem[];
}

/** The SuperOffice side of the mappings: entities with their fields, and lists with their values. */
export interface CrmModel {
  entities: CrmEntity[];
  lists: CrmList[];
}

/** A synchronisation direction: ERP to SuperOffice (>), SuperOffice to ERP (<), or both ways (< >). */
export type Direction = 'to-crm' | 'to-erp' | 'both';

/** How one ERP field is mapped. A direction is only ever set while the field may have one. */
export interface FieldMapping {
  /** Key of the SuperOffice field, or null while none is chosen. */
  crm: string | null;
  direction: Direction | null;
  /** Vis i søk. */
  search: boolean;
  /** Vis i ERP-fane. */
  erpTab: boolean;
}

/** One actor's tab in Tilordninger: the checkbox that turns its synchronisation on, and its fields' mappings. */
export interface ActorSetup {
  sync: boolean;
  /** ERP field key to its mapping; a field left out is not mapped. */
  fields: Record<string, FieldMapping>;
}

/** A default for an ERP field (Legg til standardverdi for synkronisering). */
export interface DefaultValue {
  /** ERP field key. */
  field: string;
  /** Angi standardverdi, with `value`. */
  fixed: boolean;
  value: string;
  /** Spør bruker om verdi. */
  ask: boolean;
  /** Påkrevd - bruker må fylle inn verdi. */
  required: boolean;
}

/**
 * What the lower-left buttons configure on a connection. Every record is sparse: an actor, list value or rank
 * left out has its start value (not synchronised, «(Ingen utvalg)», the connector's order).
 */
export interface ConnectionSetup {
  /** Actor id to its mappings (Tilordninger). */
  actors: Record<string, ActorSetup>;
  /** ERP list id to its values' mappings: ERP value id to CRM value id (Listetilordning). */
  lists: Record<string, Record<string, string>>;
  /** Actor id to its defaults, in the order they were added (Standardverdier). */
  defaults: Record<string, DefaultValue[]>;
  /** Actor id to its fields' order in the ERP tab (Ranger felt). */
  rank: Record<string, string[]>;
}

/** A row of Sync Connectors: the installed app it talks to (`id`), under the name and URL the admin gave it. */
export interface ListedConnector {
  id: string;
  name: string;
  url: string;
}

/** Who sees the connection: everyone, or chosen users and groups. */
export type Visibility = { mode: 'all' } | { mode: 'selected'; userIds: string[]; groupIds: string[] };

/** An ERP connection as saved in the ERP-koblinger list. */
export interface Connection {
  id: string;
  name: string;
  connectorId: string;
  active: boolean;
  visibility: Visibility;
  /** Field key to the value as typed (numbers too are kept as text). */
  config: Record<string, string>;
  description: string;
  /** Mappings, list mappings, defaults and field order: what the lower-left buttons configure. */
  setup: ConnectionSetup;
}

export interface User {
  id: string;
  name: string;
}

export interface Group {
  id: string;
  name: string;
}

/** A user name and API key the simulated ERP accepts on one server. */
export interface ErpAccount {
  user: string;
  apiKey: string;
  /** An expired key is rejected although the pair is known. */
  expired: boolean;
}

/** One ERP web service that answers at `url`. */
export interface ErpServer {
  url: string;
  /** Client numbers (firmanummer) this server knows. */
  clients: string[];
  accounts: ErpAccount[];
}

/**
 * A fault a trainer adds to break an otherwise healthy world without rewriting it: a server that stops
 * answering, a key that expires, a client that is removed, a folder that disappears.
 */
export type ErpFault =
  | { kind: 'unreachable'; url: string }
  | { kind: 'expired-key'; user: string }
  | { kind: 'unknown-client'; client: string }
  | { kind: 'missing-folder'; path: string };

/** The simulated ERP back end the connection test runs against. */
export interface ErpBackend {
  servers: ErpServer[];
  /** Folders the file connector can reach. */
  folders: string[];
  faults: ErpFault[];
}

/** The whole simulated world a simulator instance starts from. */
export interface Scenario {
  id: string;
  title: string;
  connectors: ConnectorDef[];
  connections: Connection[];
  users: User[];
  groups: Group[];
  erp: ErpBackend;
  /** The SuperOffice side the ERP actors are mapped to. */
  crm: CrmModel;
}
