import { appColor } from '../../charts/appColors';
import { appLabel } from '../../domain/apps';
import type { ViewState } from '../../state/viewState';

interface AppLegendProps {
  readonly view: ViewState;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

/** The selected apps in their colours: a click shows or hides an app in every chart. */
export function AppLegend({ view, onChange }: AppLegendProps) {
  const toggle = (app: string) =>
    onChange({
      hidden: view.hidden.includes(app)
        ? view.hidden.filter((a) => a !== app)
        : [...view.hidden, app],
    });
  return (
    <div className="app-legend" role="group" aria-label="Show or hide apps">
      {view.apps.map((app) => {
        const shown = !view.hidden.includes(app);
        return (
          <button
            key={app}
            type="button"
            aria-pressed={shown}
            disabled={shown && view.apps.length - view.hidden.length === 1}
            onClick={() => toggle(app)}
          >
            <span className="swatch" style={{ background: appColor(app) }} aria-hidden="true" />
            {appLabel(app)}
          </button>
        );
      })}
    </div>
  );
}
