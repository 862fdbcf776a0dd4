// Testing Library's waits (findBy…, waitFor) give up after 1 s by default. The pane's Send and Settings
// views and the review load lazily, and on a busy 2-core machine their first render alone can take longer:
// wait up to 15 s (each test's own timeout still bounds it). Only the time allowed changes, not what is asserted.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 15_000 });
