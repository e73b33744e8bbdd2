import { KolLink, KolLinkButton } from '@public-ui/react-v19';
import { useNavigate } from 'react-router';

type AppLinkProps = {
  /** An in-app path such as `/impressum`. */
  to: string;
  label: string;
  className?: string;
  /** Drawn as a button (for a prominent "New case"); still a link, as it leads to a page. */
  variant?: 'primary' | 'secondary';
  /** Called before the client-side navigation (e.g. to move focus after it). */
  onNavigate?: () => void;
};

/**
 * A KoliBri link to a page of this app: a real `<a href>` (so it works without
 * JavaScript, opens in a new tab, and is announced as a link), navigated client-side.
 */
export function AppLink({ to, label, className, variant, onNavigate }: AppLinkProps) {
  const navigate = useNavigate();
  const on = {
    onClick: (event: Event) => {
      // KoliBri prevents the default action once a handler is set; keep the usual
      // "open in new tab/window" behaviour of modified clicks.
      if (event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey)) {
        window.open(to, '_blank', 'noopener');
        return;
      }
      onNavigate?.();
      void navigate(to);
    },
  };
  if (variant) return <KolLinkButton className={className} _href={to} _label={label} _variant={variant} _on={on} />;
  return <KolLink className={className} _href={to} _label={label} _on={on} />;
}
