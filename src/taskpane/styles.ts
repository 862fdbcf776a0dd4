// Styles of the Send and Settings views (a narrow column, 320 px and up).
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneStyles = makeStyles({
  main: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS,
    // A Field is a grid whose one column grows to its control's longest content (a <select>'s longest
    // option: a long workflow name made the pane 722 px wide at 320). Keep it to the pane's width.
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});
