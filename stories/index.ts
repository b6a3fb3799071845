/**
 * Every stories file, for the stories test and the demo gallery. Add one line per element.
 */
import * as newsCard from './news-card.stories.js';

export const storyFiles: Record<string, Record<string, unknown>> = {newsCard};
