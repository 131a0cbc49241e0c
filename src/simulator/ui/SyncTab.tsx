import { FEATURES, TOOLS, selectors as sel, type CommandType, type FeatureId } from '../store/index.ts';
import { ConnectionList } from './ConnectionList.tsx';
import { useActions, useIds, useSim, useT } from './context.ts';
import { RuleHint } from './RuleHint.tsx';
import { RowTable } from './RowTable.tsx';
import { SimButton } from './SimButton.tsx';

const [addConnector, addConnection, syncPriority] = FEATURES;

/** The Sync tab: Sync Connectors, ERP-koblinger with the buttons under it, and the lower-left tools. */
export function SyncTab() {
  const t = useT();
  const id = useIds();
  const connectors = useSim(sel.syncConnectors);
  // Rule `needs-selected-connection`: without a selection these buttons are dimmed but still clickable, so the
  // store can refuse the click and the hint below can say why.
  const enabled = useSim(sel.canConfigure);
  const { openDialog, openTool } = useActions();
  const dimmed = enabled ? undefined : true;
  const listHint = id('hint-list');
  const toolsHint = id('hint-tools');

  return (
    <div className="sim-sync">
      <div role="group" aria-labelledby={id('cap-connectors')} className="sim-list">
        <div className="sim-table-box">
          <RowTable
            caption={
              <caption id={id('cap-connectors')} data-i18n-key="sim.ui.connectors.caption">
                {t('sim.ui.connectors.caption')}
              </caption>
            }
            columns={[{ key: 'sim.ui.column.name' }, { key: 'sim.ui.column.url' }]}
          >
            {connectors.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td className="sim-url">{c.url}</td>
              </tr>
            ))}
          </RowTable>
        </div>
        <div className="sim-buttons">
          <FeatureButton feature={addConnector} labelKey="sim.ui.button.add" />
        </div>
      </div>

      <div role="group" aria-labelledby={id('cap-connections')} className="sim-list">
        <ConnectionList captionId={id('cap-connections')} />
        <div className="sim-buttons">
          <FeatureButton feature={addConnection} labelKey="sim.ui.button.add" />
          <SimButton
            labelKey="sim.ui.button.configure"
            target="button.konfigurer"
            aria-disabled={dimmed}
            aria-describedby={dimmed && listHint}
            onClick={openDialog}
          />
          <FeatureButton feature={syncPriority} labelKey="sim.ui.button.syncPriority" />
        </div>
        <RuleHint id={listHint} commands={LIST_COMMANDS} />
      </div>

      <div role="group" aria-label={t('sim.ui.tools.label')} data-i18n-label="sim.ui.tools.label" className="sim-tools">
        <div className="sim-buttons">
          {TOOLS.map((tool) => (
            <SimButton
              key={tool}
              labelKey={`sim.ui.tool.${tool}`}
              target={`button.${tool}`}
              aria-disabled={dimmed}
              aria-describedby={dimmed && toolsHint}
              onClick={() => openTool(tool)}
            />
          ))}
        </div>
        <RuleHint id={toolsHint} commands={TOOL_COMMANDS} />
      </div>
    </div>
  );
}

/** Legg til or Angi synkroniseringsprioritet: needs no selection; each opens its dialog. */
function FeatureButton({ feature, labelKey }: { feature: FeatureId; labelKey: string }) {
  const { openFeature } = useActions();
  return <SimButton labelKey={labelKey} target={`button.${feature}`} onClick={() => openFeature(feature)} />;
}

const LIST_COMMANDS: readonly CommandType[] = ['openDialog'];
const TOOL_COMMANDS: readonly CommandType[] = ['openTool'];
