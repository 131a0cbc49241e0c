import type { Params, Translate } from '../../i18n/translate.ts';
import { connectionForm } from '../../simulator/domain/index.ts';
import type { FeatureId, Scenario, SimulatorState } from '../../simulator/store/index.ts';
import type { DemoCommand } from '../engine/index.ts';
import { describeToolCommand, okLabel } from './describe-tool-command.ts';
import { tSim } from './i18n.ts';

const FEATURE_LABEL: Readonly<Record<FeatureId, string>> = {
  'ny-sync-connector': 'sim.ui.button.add',
  'ny-erp-kobling': 'sim.ui.button.add',
  synkroniseringsprioritet: 'sim.ui.button.syncPriority',
};

/**
 * Vis meg's caption for a command: what the simulator is about to do, naming each control exactly as the
 * simulator labels it (its catalog) and each connection, field and member as the scenario names them.
 */
export function describeCommand(
  t: Translate,
  command: DemoCommand,
  scenario: Scenario,
  sim: SimulatorState['sim'],
): string {
  const say = (key: string, params?: Params) => t(`exercises.demo.command.${key}`, params);
  const tool = describeToolCommand(say, command, scenario, sim);
  if (tool !== undefined) return tool;
  switch (command.type) {
    case 'navigate':
      return say('navigate', { screen: tSim(`sim.ui.screen.${command.screen}`) });
    case 'selectTab':
      return say('selectTab', { tab: tSim(`sim.ui.tab.${command.tab}`) });
    case 'selectConnection': {
      const connection = sim.connections.find((c) => c.id === command.connectionId);
      return connection
        ? say('selectConnection', { connection: connection.name, list: tSim('sim.ui.connections.caption') })
        : say('selectNone');
    }
    case 'openDialog':
      return say('click', { control: tSim('sim.ui.button.configure') });
    case 'openTool':
      return say('click', { control: tSim(`sim.ui.tool.${command.tool}`) });
    case 'openFeature':
      return say('click', { control: tSim(FEATURE_LABEL[command.feature]) });
    case 'setName':
      return say('type', { value: command.value, field: tSim('sim.ui.dialog.name') });
    case 'setUrl':
      return say('type', { value: command.value, field: tSim('sim.ui.connector.url') });
    case 'chooseConnector': {
      const row = sim.connectors.find((c) => c.id === command.connectorId);
      return say('chooseIn', { option: row?.name ?? command.connectorId, field: tSim('sim.ui.dialog.connector') });
    }
    case 'setDescription':
      return say('type', { value: command.value, field: tSim('sim.ui.dialog.description') });
    case 'setVisibilityMode':
      return say('choose', {
        option: tSim(`sim.ui.dialog.visibility.${command.mode}`),
        group: tSim('sim.ui.dialog.visibility'),
      });
    case 'toggleVisibilityMember': {
      const members = command.kind === 'user' ? scenario.users : scenario.groups;
      const name = members.find((m) => m.id === command.id)?.name ?? command.id;
      const visibility = connectionForm(sim, { scenario })?.dialog.draft.visibility;
      const chosen =
        visibility?.mode === 'selected' &&
        (command.kind === 'user' ? visibility.userIds : visibility.groupIds).includes(command.id);
      return say(chosen ? 'uncheckMember' : 'checkMember', { member: name, picker: tSim('sim.ui.picker.title') });
    }
    case 'setActive':
      return say(command.value ? 'check' : 'uncheck', { control: tSim('sim.ui.dialog.active') });
    case 'setField': {
      const connector = connectionForm(sim, { scenario })?.connector;
      const field = connector?.fields.find((f) => f.key === command.key);
      const label = field?.label ?? command.key;
      if (field?.type === 'secret') return say('typeSecret', { field: label });
      const option = field?.options?.find((o) => o.value === command.value);
      return option
        ? say('chooseIn', { option: option.label, field: label })
        : say('type', { value: command.value, field: label });
    }
    case 'runTest':
      return say('test', { control: tSim('sim.ui.dialog.test') });
    case 'ok':
      return say('click', { control: tSim(okLabel(sim)) });
    case 'cancel':
      return say('click', { control: tSim('sim.ui.dialog.cancel') });
    case 'dismissNotice':
      return say('click', { control: tSim('sim.ui.notice.dismiss') });
    default:
      return '';
  }
}
