
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `下一组文章`,
'article-list.carousel.previous': `上一组文章`,
'article-list.end': `列表结束`,
'article-list.label': `文章`,
'article-list.load-more': `加载更多`,
'article-list.loading': `加载中…`,
'article-list.new-many': str`${0}篇新文章`,
'article-list.new-one': `1篇新文章`,
'article-list.page': str`第${0}至${1}篇`,
'article-list.skip': `跳过此列表`,
'card.byline': str`作者：${0}`,
'card.source': str`来源：${0}`,
'news-article.comments': `评论`,
'news-article.comments.one': str`${0}条评论`,
'news-article.comments.other': str`${0}条评论`,
'news-article.comments.zero': `暂无评论`,
'news-article.embed': str`${0}上的嵌入内容`,
'news-article.home': `首页`,
'news-article.not-found': `新闻源中没有这篇文章，可能已被移动或删除。`,
'news-article.original': `阅读原文`,
'news-article.table': `表格`,
'news-breadcrumbs.label': `面包屑导航`,
'photo-caption.caption-prefix': `图片说明，`,
'photo-caption.close': `关闭`,
'photo-caption.credit-prefix': `图片来源：`,
'photo-caption.dialog': `放大的图片`,
'photo-caption.enlarge': `放大图片`,
'related-articles.empty': `暂无相关文章。`,
'related-articles.heading': `其他文章`,
'states.empty': `暂无文章。`,
'states.error.http': str`新闻源服务器返回错误（${0}）。`,
'states.error.network': `无法连接新闻源。如果新闻源位于其他网站，该服务器必须发送 Access-Control-Allow-Origin 标头，或者页面可以使用代理。`,
'states.error.parse': `无法读取新闻源。`,
'states.error.timeout': `新闻源响应超时。`,
'states.error.too-large': `新闻源过大，无法显示。`,
'states.error.unsupported': `此地址不是可读取的新闻源。`,
'states.retry': `重试`,
'states.stale': `无法更新，正在显示之前的新闻。`,
'tags.label': `标签`,
'time.updated': str`${0}更新`,
    };
  