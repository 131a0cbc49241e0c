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

/** A Sync Connector: the integration component, with the configuration fields its connections fill in. */
export interface ConnectorDef {
  id: string;
  name: string;
  url: string;
  kind: ConnectorKind;
  fields: FieldDef[];
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
}
