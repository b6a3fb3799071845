
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `下一組文章`,
'article-list.carousel.previous': `上一組文章`,
'article-list.end': `列表結束`,
'article-list.label': `文章`,
'article-list.load-more': `載入更多`,
'article-list.loading': `載入中…`,
'article-list.new-many': str`${0}篇新文章`,
'article-list.new-one': `1篇新文章`,
'article-list.page': str`第${0}至${1}篇`,
'article-list.skip': `略過此列表`,
'card.byline': str`作者：${0}`,
'card.source': str`來源：${0}`,
'news-article.comments': `留言`,
'news-article.comments.one': str`${0}則留言`,
'news-article.comments.other': str`${0}則留言`,
'news-article.comments.zero': `尚無留言`,
'news-article.embed': str`${0}上的嵌入內容`,
'news-article.home': `首頁`,
'news-article.not-found': `新聞來源中沒有這篇文章，可能已被移動或刪除。`,
'news-article.original': `閱讀原文`,
'news-article.table': `表格`,
'news-breadcrumbs.label': `麵包屑導覽`,
'photo-caption.caption-prefix': `圖片說明，`,
'photo-caption.close': `關閉`,
'photo-caption.credit-prefix': `圖片來源：`,
'photo-caption.dialog': `放大的圖片`,
'photo-caption.enlarge': `放大圖片`,
'related-articles.empty': `暫無相關文章。`,
'related-articles.heading': `其他文章`,
'states.empty': `暫無文章。`,
'states.error.http': str`新聞來源伺服器回傳錯誤（${0}）。`,
'states.error.network': `無法連線至新聞來源。如果新聞來源位於其他網站，該伺服器必須傳送 Access-Control-Allow-Origin 標頭，或者頁面可以使用代理。`,
'states.error.parse': `無法讀取新聞來源。`,
'states.error.timeout': `新聞來源回應逾時。`,
'states.error.too-large': `新聞來源過大，無法顯示。`,
'states.error.unsupported': `此網址不是可讀取的新聞來源。`,
'states.retry': `重試`,
'states.stale': `無法更新，正在顯示先前的新聞。`,
'tags.label': `標籤`,
'time.updated': str`${0}更新`,
    };
  