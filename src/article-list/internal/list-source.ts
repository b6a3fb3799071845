/**
 * The list's side of the one loading path: `FeedSource` with the list's paging and polling
 * surface (`next`, `loadingNext`, `pending`, `loadNext()`, `showPending()`), which imports
 * `ListFeedController` (and with it the loader and the merge) on the first `src`. A list given
 * `articles` or inline JSON downloads none of it.
 */
import type {ReactiveControllerHost} from 'lit';
import {FeedSource} from '../../base/feed-source.js';
import type {Article} from '../../data/article.js';
import type {ListFeedController, ListFeedOptions} from './list-feed-controller.js';

let Controller: typeof ListFeedController | undefined;

export class ListSource extends FeedSource<ListFeedController> {
  constructor(host: ReactiveControllerHost & HTMLElement, options: ListFeedOptions) {
    // At once when the module is loaded (a second list), else once it is.
    super(host, options, (h, o) =>
      Controller
        ? new Controller(h, o as ListFeedOptions)
        : import('./list-feed-controller.js').then((m) => {
            Controller = m.ListFeedController;
            return new Controller(h, o as ListFeedOptions);
          })
    );
  }

  get next(): string | undefined {
    return this.real?.next;
  }

  get loadingNext(): boolean {
    return this.real?.loadingNext ?? false;
  }

  get pending(): readonly Article[] {
    return this.real?.pending ?? [];
  }

  async loadNext(): Promise<void> {
    await this.real?.loadNext();
  }

  showPending(after?: Article): Article[] {
    return this.real?.showPending(after) ?? [];
  }
}
