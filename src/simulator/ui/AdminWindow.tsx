import { selectors as sel } from '../store/index.ts';
import { useIds, useSim, useT } from './context.ts';
import { ConnectorDialog } from './dialog/ConnectorDialog.tsx';
import { EditDialog } from './dialog/EditDialog.tsx';
import { Navigator } from './Navigator.tsx';
import { QuoteSyncScreen } from './QuoteSyncScreen.tsx';
import { ToolDialog } from './tools/ToolDialog.tsx';

/** The simulated admin client, Innstillinger og vedlikehold, in miniature: navigator, screen and the open dialog. */
export function AdminWindow() {
  const t = useT();
  const id = useIds();
  const screen = useSim(sel.screen);
  const dialog = useSim(sel.dialogKind);
  return (
    <div role="group" aria-labelledby={id('window-title')} className="sim-window">
      <p id={id('window-title')} className="sim-titlebar" data-i18n-key="sim.ui.window.title">
        {t('sim.ui.window.title')}
      </p>
      <div className="sim-body">
        <Navigator />
        <div className="sim-screen">
          {screen === 'tilbud-sync' ? (
            <QuoteSyncScreen />
          ) : (
            <p className="sim-not-simulated" data-i18n-key="sim.ui.screen.notSimulated">
              {t('sim.ui.screen.notSimulated', { screen: t(`sim.ui.screen.${screen}`) })}
            </p>
          )}
        </div>
      </div>
      {(dialog === 'edit' || dialog === 'add') && <EditDialog />}
      {dialog === 'connector' && <ConnectorDialog />}
      {dialog !== undefined && dialog !== 'edit' && dialog !== 'add' && dialog !== 'connector' && <ToolDialog />}
    </div>
  );
}
