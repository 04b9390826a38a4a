/**
 * Griffel style for content that stays in the page for screen readers, the
 * keyboard and tests but is not drawn: a live region, or the real
 * <input type="file"> that a button opens. Not display:none, which would take
 * it out of the accessibility tree.
 */
import type { GriffelStyle } from '@fluentui/react-components';

export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: '0',
};
