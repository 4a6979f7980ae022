// One article as a column of the story page (or the main panel of the article page): a
// header with language, title, date and source, then the text with its facts highlighted.
// The column is <article data-article-id data-lang id="a-ID">.

import {h} from './dom.js';
import {articleLabel, dateText, langName} from './format.js';
import {highlightedText} from './highlight.js';
import {href} from './router.js';

export function columnId(articleId) {
  return `a-${String(articleId).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function articleColumn(article, {showStoryLink = false, showArticleLink = true} = {}) {
  const {element, rejected} = highlightedText(article);
  const url = article.url && /^https?:\/\//.test(article.url) ? article.url : null;
  return h(
      'article', {
        class: 'article-column',
        id: columnId(article.id),
        'data-testid': 'article-column',
        dataset: {articleId: article.id, lang: article.lang}
      },
      h('header', null,
        h('p', {class: 'article-meta'},
          h('span', {class: 'lang-badge', title: langName(article.lang)}, article.lang), ' ',
          langName(article.lang), ' · ', dateText(article.published)),
        h('h3', {lang: article.lang, dir: 'auto', class: article.title ? null : 'untitled'},
          articleLabel(article)),
        h('p', {class: 'article-links'},
          showArticleLink ? h('a', {href: href('article', article.id)}, 'All facts') : null,
          showStoryLink && article.story_id ?
              h('a', {href: href('story', article.story_id)}, 'Story') :
              null,
          url ? h('a', {href: url, rel: 'noopener noreferrer', target: '_blank'}, 'Source') : null,
          h('span', {class: 'muted', title: article.source || ''}, article.id)),
        article.duplicate_of ?
            h('p', {class: 'note'}, 'Re-publishes ',
              h('a', {href: href('article', article.duplicate_of)}, article.duplicate_of)) :
            null,
        rejected.length ?
            h('p', {class: 'note', role: 'status'},
              `${
                  rejected
                      .length} highlighted spans had offsets outside the text and are not shown.`) :
            null),
      element);
}
