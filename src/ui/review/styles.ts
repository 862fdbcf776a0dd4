// Styles shared by the review's steps.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useReviewStyles = makeStyles({
  // The four tabs wrap onto a second line in a narrow pane (French and Dutch names are long).
  tabs: { flexWrap: 'wrap' },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  bulk: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  tableWrap: { overflowX: 'auto' },
  narrow: { width: '64px' },
  rowNumber: { width: '56px' },
  select: { minWidth: '140px' },
  wideSelect: { minWidth: '260px' },
  languageColumn: { width: '170px' },
  questionnaireColumn: { width: '320px' },
  fill: { width: '100%', minWidth: 0 },
  value: { wordBreak: 'break-all' },
  muted: { color: tokens.colorNeutralForeground3 },
  ticked: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  unticked: { color: tokens.colorNeutralForeground3 },
  card: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  cardHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  commitBar: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, marginTop: tokens.spacingVerticalL,
  },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  heading: { margin: 0 },
  confirm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  confirmList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  warningMark: { color: tokens.colorPaletteDarkOrangeForeground1, minWidth: 0 },
  warningList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  // Read by screen readers, not shown: the tab's warning count in words next to the mark.
  visuallyHidden: {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden',
    clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
  },
});
