import { memo } from 'react';
import { selectors as sel, type CommandType, type ErpFieldDef } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { CheckField } from '../dialog/CheckField.tsx';
import { SelectField } from '../dialog/SelectField.tsx';
import { RuleHint } from '../RuleHint.tsx';
import { DirectionButtons } from './DirectionButtons.tsx';
import { useFieldSelector } from './use-field-selector.ts';

const DIRECTION_COMMANDS: readonly CommandType[] = ['setDirection'];

/**
 * Tilordninger, one actor's tab: the checkbox that turns its synchronisation on, then per ERP field a group with
 * SuperOffice-felt, Retning, Vis i søk and Vis i ERP-fane, named as the page names them.
 */
export function MappingsPanel() {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const actor = useSim(sel.tabActor);
  const entity = useSim(sel.tabEntity);
  const synced = useSim(sel.tabSynced);
  const { setActorSync } = useActions();
  if (!actor) return null;
  const name = (x: { label: string; labelEn: string } | undefined) => (x ? (lang === 'en' ? x.labelEn : x.label) : '');
  return (
    <>
      <CheckField
        id={id('actor-sync')}
        target="mapping.sync"
        checked={synced}
        onChange={(checked) => setActorSync(actor.id, checked)}
        labelKey="sim.ui.mapping.sync"
        labelParams={{ actor: name(actor), entity: name(entity) }}
      />
      <p className="sim-note" data-i18n-key="sim.ui.mapping.legend">
        {t('sim.ui.mapping.legend')}
      </p>
      <div className="sim-mapping-rows">
        {actor.fields.map((field) => (
          <MappingRow key={field.key} actor={actor.id} field={field} />
        ))}
      </div>
      <RuleHint id={id('mapping-hint')} commands={DIRECTION_COMMANDS} />
    </>
  );
}

const MappingRow = memo(function MappingRow({ actor, field }: { actor: string; field: ErpFieldDef }) {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const crmFields = useSim(sel.tabCrmFields);
  const mapping = useFieldSelector(sel.mappingOf, actor, field.key);
  const { setCrmField, setFieldFlag } = useActions();
  if (!mapping) return null;
  const base = id(`map-${actor}-${field.key}`);
  return (
    <fieldset className="sim-fieldset sim-mapping">
      <legend>
        {lang === 'en' ? field.labelEn : field.label}
        {field.required && (
          <>
            <span className="sim-required" aria-hidden="true">
              {' *'}
            </span>
            <span className="sim-vh" data-i18n-key="sim.ui.mapping.required">
              {` (${t('sim.ui.mapping.required')})`}
            </span>
          </>
        )}
      </legend>
      <SelectField
        id={`${base}-crm`}
        labelKey="sim.ui.mapping.col.crm"
        target={`mapping.crm:${actor}/${field.key}`}
        value={mapping.crm ?? ''}
        noneKey="sim.ui.mapping.crmNone"
        choices={crmFields.map((f) => ({ value: f.key, label: lang === 'en' ? f.labelEn : f.label }))}
        onChange={(v) => setCrmField(actor, field.key, v === '' ? null : v)}
      />
      <DirectionButtons actor={actor} field={field} direction={mapping.direction} />
      <div className="sim-mapping-flags">
        {(['search', 'erpTab'] as const).map((flag) => (
          <CheckField
            key={flag}
            id={`${base}-${flag}`}
            target={`mapping.${flag}:${actor}/${field.key}`}
            checked={mapping[flag]}
            onChange={(checked) => setFieldFlag(actor, field.key, flag, checked)}
            labelKey={`sim.ui.mapping.col.${flag}`}
          />
        ))}
      </div>
    </fieldset>
  );
});
