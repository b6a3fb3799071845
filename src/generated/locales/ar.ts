
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `المقالات التالية`,
'article-list.carousel.previous': `المقالات السابقة`,
'article-list.end': `نهاية القائمة`,
'article-list.label': `مقالات`,
'article-list.load-more': `عرض المزيد`,
'article-list.loading': `جارٍ التحميل…`,
'article-list.new-many': str`${0} مقالات جديدة`,
'article-list.new-one': `مقال جديد واحد`,
'article-list.page': str`المقالات من ${0} إلى ${1}`,
'article-list.skip': `تخطَّ هذه القائمة`,
'card.byline': str`بقلم ${0}`,
'card.source': str`المصدر: ${0}`,
'news-article.comments': `التعليقات`,
'news-article.comments.one': str`تعليق واحد (${0})`,
'news-article.comments.other': str`${0} تعليقات`,
'news-article.comments.zero': `لا توجد تعليقات بعد`,
'news-article.embed': str`محتوى مضمَّن على ${0}`,
'news-article.home': `الرئيسية`,
'news-article.not-found': `هذا المقال غير موجود في موجز الأخبار. ربما نُقل أو حُذف.`,
'news-article.original': `قراءة المقال الأصلي`,
'news-article.table': `جدول`,
'news-breadcrumbs.label': `مسار التنقل`,
'photo-caption.caption-prefix': `تعليق الصورة،`,
'photo-caption.close': `إغلاق`,
'photo-caption.credit-prefix': `الصورة:`,
'photo-caption.dialog': `الصورة المكبّرة`,
'photo-caption.enlarge': `تكبير الصورة`,
'related-articles.empty': `لا توجد مقالات ذات صلة.`,
'related-articles.heading': `مقالات أخرى`,
'states.empty': `لا توجد مقالات بعد.`,
'states.error.http': str`أعاد خادم موجز الأخبار خطأ (${0}).`,
'states.error.network': `تعذّر الوصول إلى موجز الأخبار. إذا كان على موقع آخر، فيجب أن يرسل خادمه الترويسة Access-Control-Allow-Origin، أو يمكن للصفحة استخدام وكيل.`,
'states.error.parse': `تعذّرت قراءة موجز الأخبار.`,
'states.error.timeout': `استغرق موجز الأخبار وقتًا طويلًا للرد.`,
'states.error.too-large': `موجز الأخبار أكبر من أن يُعرض.`,
'states.error.unsupported': `هذا العنوان لا يشير إلى موجز أخبار يمكن قراءته.`,
'states.retry': `إعادة المحاولة`,
'states.stale': `تعذّر التحديث. تُعرض أخبار سابقة.`,
'tags.label': `الوسوم`,
'time.updated': str`تم التحديث ${0}`,
    };
  