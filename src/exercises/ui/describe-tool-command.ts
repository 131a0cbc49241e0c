import type { Params } from '../../i18n/translate.ts';
import { dialogScope, openTool, type Scenario, type SimState } from '../../simulator/domain/index.ts';
import type { DemoCommand } from '../engine/index.ts';
import { tSim } from './i18n.ts';

/** The label of the button that saves the open dialog: OK, Fullført or Lagre. */
export function okLabel(sim: SimState): string {
  const scope = dialogScope(sim);
  if (scope === 'listetilordning') return 'sim.ui.tools.save';
  if (scope === 'tilordninger' || scope === 'standardverdier' || scope === 'ranger-felt' || scope === 'priority')
    return 'sim.ui.tools.done';
  return 'sim.ui.dialog.ok';
}

/**
 * Vis meg's caption for a command inside the lower-left dialogs and Angi synkroniseringsprioritet, or undefined
 * for any other command. Fields, actors, lists and values are named as the scenario names them.
 */
export function describeToolCommand(
  say: (key: string, params?: Params) => string,
  command: DemoCommand,
  scenario: Scenario,
  sim: SimState,
): string | undefined {
  const open = openTool(sim, { scenario });
  const actor = 'actor' in command ? open?.connector.actors.find((a) => a.id === command.actor) : undefined;
  const erpField = (key: string) => actor?.fields.find((f) => f.key === key)?.label ?? key;
  const none = tSim('sim.ui.mapping.crmNone');
  switch (command.type) {
    case 'selectActor':
      return say('selectTab', { tab: actor?.label ?? command.actor });
    case 'setActorSync': {
      const entity = scenario.crm.entities.find((e) => e.id === actor?.entity)?.label ?? '';
      const control = tSim('sim.ui.mapping.sync', { actor: actor?.label ?? command.actor, entity });
      return say(command.value ? 'check' : 'uncheck', { control });
    }
    case 'setCrmField': {
      const entity = scenario.crm.entities.find((e) => e.id === actor?.entity);
      const option =
        command.crm === null ? none : (entity?.fields.find((f) => f.key === command.crm)?.label ?? command.crm);
      return say('chooseFor', { option, column: tSim('sim.ui.mapping.col.crm'), row: erpField(command.field) });
    }
    case 'setDirection':
      return command.direction === null
        ? say('clearDirection', { row: erpField(command.field) })
        : say('direction', {
            direction: tSim(`sim.ui.mapping.direction.${command.direction}`),
            row: erpField(command.field),
          });
    case 'setFieldFlag':
      return say(command.value ? 'checkFor' : 'uncheckFor', {
        column: tSim(`sim.ui.mapping.col.${command.flag}`),
        row: erpField(command.field),
      });
    case 'selectList': {
      const list = open?.connector.lists.find((l) => l.id === command.list);
      return say('chooseIn', { option: list?.label ?? command.list, field: tSim('sim.ui.lists.choose') });
    }
    case 'setListItem': {
      const list = open?.connector.lists.find((l) => l.id === command.list);
      const crm = scenario.crm.lists.find((l) => l.id === list?.crmList);
      const option = command.crm === null ? none : (crm?.items.find((i) => i.id === command.crm)?.label ?? command.crm);
      const row = list?.items.find((i) => i.id === command.item)?.label ?? command.item;
      return say('chooseFor', { option, column: tSim('sim.ui.lists.col.crm'), row });
    }
    case 'addDefault':
      return say('click', { control: tSim('sim.ui.defaults.add') });
    case 'setDefaultField': {
      const field = open?.connector.actors
        .find((a) => a.id === open.dialog.tab)
        ?.fields.find((f) => f.key === command.field);
      return say('chooseIn', { option: field?.label ?? command.field, field: tSim('sim.ui.default.field') });
    }
    case 'setDefaultOption':
      return say(command.value ? 'check' : 'uncheck', { control: tSim(`sim.ui.default.${command.option}`) });
    case 'setDefaultValue':
      return say('type', { value: command.value, field: tSim('sim.ui.default.value') });
    case 'removeDefault': {
      const field = open?.connector.actors
        .find((a) => a.id === open.dialog.tab)
        ?.fields.find((f) => f.key === command.field);
      return say('clickFor', { control: tSim('sim.ui.defaults.remove'), row: field?.label ?? command.field });
    }
    case 'selectItem': {
      const connection = sim.connections.find((c) => c.id === command.id);
      const field = open?.connector.actors
        .find((a) => a.id === open.dialog.tab)
        ?.fields.find((f) => f.key === command.id);
      return say('selectRow', { row: connection?.name ?? field?.label ?? command.id });
    }
    case 'moveItem':
      return say('click', { control: tSim(`sim.ui.order.${command.direction}`) });
    default:
      return undefined;
  }
}
