import { KolLink } from '@public-ui/react-v19';
import { useNavigate } from 'react-router';

type AppLinkProps = {
  /** An in-app path such as `/impressum`. */
  to: string;
  label: string;
  className?: string;
};

/**
 * A KoliBri link to a page of this app: a real `<a href>` (so it works without
 * JavaScript, opens in a new tab, and is announced as a link), navigated client-side.
 */
export function AppLink({ to, label, className }: AppLinkProps) {
  const navigate = useNavigate();
  return (
    <KolLink
      className={className}
      _href={to}
      _label={label}
      _on={{
        onClick: (event: Event) => {
          // KoliBri prevents the default action once a handler is set; keep the usual
          // "open in new tab/window" behaviour of modified clicks.
          if (event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey)) {
            window.open(to, '_blank', 'noopener');
            return;
          }
          void navigate(to);
        },
      }}
    />
  );
}
