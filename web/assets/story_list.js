// Story summaries as a list (headline, place, type, languages, dates, size) and a pager.
// Each item carries data-story-id, data-country and data-event-type.

import {eventColor, slug} from './colors.js';
import {h} from './dom.js';
import {articleCount, dateRange, langName, placeText, plural} from './format.js';
import {href} from './router.js';

export function storyItem(story, extra) {
  const loc = story.location || {};
  return h(
      'li', {
        class: 'story-item',
        dataset: {
          storyId: story.id,
          country: loc.country || null,
          eventType: slug(story.event_type),
          langs: (story.langs || []).join(' '),
        },
      },
      h('a', {class: 'story-link', href: href('story', story.id), dir: 'auto'},
        story.headline && story.headline.text ? story.headline.text : story.id),
      h('div', {class: 'story-meta'},
        h('span', {class: 'type-badge', style: {borderColor: eventColor(story.event_type)}},
          story.event_type || 'No event type'),
        h('span', null, placeText(story.location)),
        h('span', {title: (story.langs || []).map(langName).join(', ')},
          (story.langs || []).join(' · ') || 'no language'),
        h('span', null, dateRange(story.first_published, story.last_published)),
        h('span', {class: 'size'}, plural(articleCount(story), 'article'))),
      extra || null);
}

export function storyList(stories, {empty = 'No stories match.'} = {}) {
  if (!stories.length) return h('p', {class: 'muted', 'data-testid': 'empty'}, empty);
  return h(
      'ol', {class: 'story-list', 'data-testid': 'story-list'}, stories.map((st) => storyItem(st)));
}

// A pager for a paged answer {total, page, per_page}; pageHref(n) gives each page's link.
export function pager(answer, pageHref) {
  const pages = Math.max(1, Math.ceil(answer.total / answer.per_page));
  if (pages <= 1) return null;
  const page = answer.page;
  return h(
      'nav', {class: 'pager', 'aria-label': 'Pages', 'data-testid': 'pager'},
      page > 1 ? h('a', {href: pageHref(page - 1), rel: 'prev'}, '← Previous') :
                 h('span', {class: 'muted'}, '← Previous'),
      h('span', {'aria-current': 'page'}, ` Page ${page} of ${pages} `),
      page < pages ? h('a', {href: pageHref(page + 1), rel: 'next'}, 'Next →') :
                     h('span', {class: 'muted'}, 'Next →'));
}
