
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `ข่าวถัดไป`,
'article-list.carousel.previous': `ข่าวก่อนหน้า`,
'article-list.end': `สิ้นสุดรายการ`,
'article-list.label': `บทความ`,
'article-list.load-more': `ดูเพิ่มเติม`,
'article-list.loading': `กำลังโหลด…`,
'article-list.new-many': str`ข่าวใหม่ ${0} ข่าว`,
'article-list.new-one': `ข่าวใหม่ 1 ข่าว`,
'article-list.page': str`บทความที่ ${0} ถึง ${1}`,
'article-list.skip': `ข้ามรายการนี้`,
'card.byline': str`โดย ${0}`,
'card.source': str`ที่มา: ${0}`,
'news-article.comments': `ความคิดเห็น`,
'news-article.comments.one': str`${0} ความคิดเห็น`,
'news-article.comments.other': str`${0} ความคิดเห็น`,
'news-article.comments.zero': `ยังไม่มีความคิดเห็น`,
'news-article.embed': str`เนื้อหาที่ฝังจาก ${0}`,
'news-article.home': `หน้าแรก`,
'news-article.not-found': `ไม่พบบทความนี้ในฟีดข่าว อาจถูกย้ายหรือลบไปแล้ว`,
'news-article.original': `อ่านบทความต้นฉบับ`,
'news-article.table': `ตาราง`,
'news-breadcrumbs.label': `เส้นทางนำทาง`,
'photo-caption.caption-prefix': `คำบรรยายภาพ`,
'photo-caption.close': `ปิด`,
'photo-caption.credit-prefix': `ภาพ:`,
'photo-caption.dialog': `ภาพขยาย`,
'photo-caption.enlarge': `ขยายภาพ`,
'related-articles.empty': `ไม่มีข่าวที่เกี่ยวข้อง`,
'related-articles.heading': `ข่าวอื่น ๆ`,
'states.empty': `ยังไม่มีข่าว`,
'states.error.http': str`เซิร์ฟเวอร์ฟีดข่าวแจ้งข้อผิดพลาด (${0})`,
'states.error.network': `เชื่อมต่อฟีดข่าวไม่ได้ หากฟีดอยู่บนเว็บไซต์อื่น เซิร์ฟเวอร์นั้นต้องส่งส่วนหัว Access-Control-Allow-Origin หรือหน้าเว็บอาจใช้พร็อกซี`,
'states.error.parse': `อ่านฟีดข่าวไม่ได้`,
'states.error.timeout': `ฟีดข่าวตอบสนองช้าเกินไป`,
'states.error.too-large': `ฟีดข่าวมีขนาดใหญ่เกินกว่าจะแสดงได้`,
'states.error.unsupported': `ที่อยู่นี้ไม่ใช่ฟีดข่าวที่อ่านได้`,
'states.retry': `ลองอีกครั้ง`,
'states.stale': `อัปเดตไม่ได้ กำลังแสดงข่าวก่อนหน้า`,
'tags.label': `แท็ก`,
'time.updated': str`อัปเดต ${0}`,
    };
  