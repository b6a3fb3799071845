# Translations of the UI strings, as each language's news sites say them. `{0}` marks the
# placeholder. Applied to xliff/*.xlf by `python3 scripts/translations.py` after
# `lit-localize extract`; then `lit-localize build` writes src/generated/locales/.
import json, re, sys, pathlib

T = {

 'article-list.label': {'vi':'Bài viết','ja':'記事','ko':'기사','zh-Hans':'文章','zh-Hant':'文章','th':'บทความ','id':'Artikel','fr':'Articles','de':'Artikel','es':'Artículos','ar':'مقالات'},
 'article-list.new-one': {'vi':'1 tin mới','ja':'新着記事1件','ko':'새 기사 1건','zh-Hans':'1篇新文章','zh-Hant':'1篇新文章','th':'ข่าวใหม่ 1 ข่าว','id':'1 artikel baru','fr':'1 nouvel article','de':'1 neuer Artikel','es':'1 noticia nueva','ar':'مقال جديد واحد'},
 'article-list.new-many': {'vi':'{0} tin mới','ja':'新着記事{0}件','ko':'새 기사 {0}건','zh-Hans':'{0}篇新文章','zh-Hant':'{0}篇新文章','th':'ข่าวใหม่ {0} ข่าว','id':'{0} artikel baru','fr':'{0} nouveaux articles','de':'{0} neue Artikel','es':'{0} noticias nuevas','ar':'{0} مقالات جديدة'},
 'article-list.load-more': {'vi':'Xem thêm','ja':'もっと見る','ko':'더 보기','zh-Hans':'加载更多','zh-Hant':'載入更多','th':'ดูเพิ่มเติม','id':'Muat lebih banyak','fr':'Voir plus','de':'Mehr laden','es':'Ver más','ar':'عرض المزيد'},
 'article-list.carousel.next': {'vi':'Tin tiếp theo','ja':'次の記事','ko':'다음 기사','zh-Hans':'下一组文章','zh-Hant':'下一組文章','th':'ข่าวถัดไป','id':'Artikel berikutnya','fr':'Articles suivants','de':'Nächste Artikel','es':'Noticias siguientes','ar':'المقالات التالية'},
 'article-list.carousel.previous': {'vi':'Tin trước','ja':'前の記事','ko':'이전 기사','zh-Hans':'上一组文章','zh-Hant':'上一組文章','th':'ข่าวก่อนหน้า','id':'Artikel sebelumnya','fr':'Articles précédents','de':'Vorherige Artikel','es':'Noticias anteriores','ar':'المقالات السابقة'},
 'article-list.end': {'vi':'Hết danh sách','ja':'リストの終わり','ko':'목록 끝','zh-Hans':'列表结束','zh-Hant':'列表結束','th':'สิ้นสุดรายการ','id':'Akhir daftar','fr':'Fin de la liste','de':'Ende der Liste','es':'Fin de la lista','ar':'نهاية القائمة'},
 'article-list.skip': {'vi':'Bỏ qua danh sách này','ja':'このリストをスキップ','ko':'이 목록 건너뛰기','zh-Hans':'跳过此列表','zh-Hant':'略過此列表','th':'ข้ามรายการนี้','id':'Lewati daftar ini','fr':'Passer cette liste','de':'Liste überspringen','es':'Saltar esta lista','ar':'تخطَّ هذه القائمة'},
 'article-list.page': {'vi':'Bài {0} đến {1}','ja':'{0}〜{1}件目の記事','ko':'기사 {0}~{1}','zh-Hans':'第{0}至{1}篇','zh-Hant':'第{0}至{1}篇','th':'บทความที่ {0} ถึง {1}','id':'Artikel {0} sampai {1}','fr':'Articles {0} à {1}','de':'Artikel {0} bis {1}','es':'Noticias {0} a {1}','ar':'المقالات من {0} إلى {1}'},
 'article-list.loading': {'vi':'Đang tải…','ja':'読み込み中…','ko':'불러오는 중…','zh-Hans':'加载中…','zh-Hant':'載入中…','th':'กำลังโหลด…','id':'Memuat…','fr':'Chargement…','de':'Wird geladen…','es':'Cargando…','ar':'جارٍ التحميل…'},
 'card.byline': {'vi':'{0}','ja':'{0}','ko':'{0} 기자','zh-Hans':'作者：{0}','zh-Hant':'作者：{0}','th':'โดย {0}','id':'Oleh {0}','fr':'Par {0}','de':'Von {0}','es':'Por {0}','ar':'بقلم {0}'},
 'card.source': {'vi':'Theo {0}','ja':'出典：{0}','ko':'출처: {0}','zh-Hans':'来源：{0}','zh-Hant':'來源：{0}','th':'ที่มา: {0}','id':'Sumber: {0}','fr':'Source : {0}','de':'Quelle: {0}','es':'Fuente: {0}','ar':'المصدر: {0}'},
 'tags.label': {'vi':'Thẻ','ja':'タグ','ko':'태그','zh-Hans':'标签','zh-Hant':'標籤','th':'แท็ก','id':'Tag','fr':'Mots-clés','de':'Schlagwörter','es':'Etiquetas','ar':'الوسوم'},
 'time.updated': {'vi':'Cập nhật {0}','ja':'{0}に更新','ko':'수정 {0}','zh-Hans':'{0}更新','zh-Hant':'{0}更新','th':'อัปเดต {0}','id':'Diperbarui {0}','fr':'Mis à jour {0}','de':'Aktualisiert {0}','es':'Actualizado {0}','ar':'تم التحديث {0}'},
 'states.retry': {'vi':'Thử lại','ja':'再試行','ko':'다시 시도','zh-Hans':'重试','zh-Hant':'重試','th':'ลองอีกครั้ง','id':'Coba lagi','fr':'Réessayer','de':'Erneut versuchen','es':'Reintentar','ar':'إعادة المحاولة'},
 'states.stale': {'vi':'Không thể cập nhật. Đang hiển thị tin trước đó.','ja':'更新できませんでした。以前のニュースを表示しています。','ko':'업데이트하지 못했습니다. 이전 기사를 표시합니다.','zh-Hans':'无法更新，正在显示之前的新闻。','zh-Hant':'無法更新，正在顯示先前的新聞。','th':'อัปเดตไม่ได้ กำลังแสดงข่าวก่อนหน้า','id':'Gagal memperbarui. Menampilkan berita sebelumnya.','fr':'Mise à jour impossible. Affichage des articles précédents.','de':'Aktualisierung fehlgeschlagen. Ältere Meldungen werden angezeigt.','es':'No se pudo actualizar. Se muestran noticias anteriores.','ar':'تعذّر التحديث. تُعرض أخبار سابقة.'},
 'states.empty': {'vi':'Chưa có bài viết.','ja':'記事はまだありません。','ko':'아직 기사가 없습니다.','zh-Hans':'暂无文章。','zh-Hant':'暫無文章。','th':'ยังไม่มีข่าว','id':'Belum ada artikel.','fr':'Aucun article pour le moment.','de':'Noch keine Artikel.','es':'Aún no hay noticias.','ar':'لا توجد مقالات بعد.'},
 'states.error.parse': {'vi':'Không đọc được nguồn tin.','ja':'ニュースフィードを読み込めませんでした。','ko':'뉴스 피드를 읽을 수 없습니다.','zh-Hans':'无法读取新闻源。','zh-Hant':'無法讀取新聞來源。','th':'อ่านฟีดข่าวไม่ได้','id':'Umpan berita tidak dapat dibaca.','fr':'Le flux d’actualités est illisible.','de':'Der Nachrichten-Feed konnte nicht gelesen werden.','es':'No se pudo leer el canal de noticias.','ar':'تعذّرت قراءة موجز الأخبار.'},
 'states.error.too-large': {'vi':'Nguồn tin quá lớn để hiển thị.','ja':'ニュースフィードが大きすぎて表示できません。','ko':'뉴스 피드가 너무 커서 표시할 수 없습니다.','zh-Hans':'新闻源过大，无法显示。','zh-Hant':'新聞來源過大，無法顯示。','th':'ฟีดข่าวมีขนาดใหญ่เกินกว่าจะแสดงได้','id':'Umpan berita terlalu besar untuk ditampilkan.','fr':'Le flux d’actualités est trop volumineux pour être affiché.','de':'Der Nachrichten-Feed ist zu groß für die Anzeige.','es':'El canal de noticias es demasiado grande para mostrarlo.','ar':'موجز الأخبار أكبر من أن يُعرض.'},
 'states.error.unsupported': {'vi':'Địa chỉ này không phải nguồn tin mà chúng tôi đọc được.','ja':'このアドレスは読み込み可能なニュースフィードではありません。','ko':'이 주소는 읽을 수 있는 뉴스 피드가 아닙니다.','zh-Hans':'此地址不是可读取的新闻源。','zh-Hant':'此網址不是可讀取的新聞來源。','th':'ที่อยู่นี้ไม่ใช่ฟีดข่าวที่อ่านได้','id':'Alamat ini bukan umpan berita yang dapat kami baca.','fr':'Cette adresse ne mène pas à un flux d’actualités lisible.','de':'Diese Adresse führt zu keinem lesbaren Nachrichten-Feed.','es':'Esta dirección no es un canal de noticias que podamos leer.','ar':'هذا العنوان لا يشير إلى موجز أخبار يمكن قراءته.'},
 'states.error.timeout': {'vi':'Nguồn tin phản hồi quá lâu.','ja':'ニュースフィードの応答に時間がかかりすぎています。','ko':'뉴스 피드 응답 시간이 너무 깁니다.','zh-Hans':'新闻源响应超时。','zh-Hant':'新聞來源回應逾時。','th':'ฟีดข่าวตอบสนองช้าเกินไป','id':'Umpan berita terlalu lama merespons.','fr':'Le flux d’actualités met trop de temps à répondre.','de':'Der Nachrichten-Feed antwortet zu langsam.','es':'El canal de noticias tarda demasiado en responder.','ar':'استغرق موجز الأخبار وقتًا طويلًا للرد.'},
 'states.error.http': {'vi':'Máy chủ nguồn tin báo lỗi ({0}).','ja':'ニュースフィードのサーバーがエラーを返しました（{0}）。','ko':'뉴스 피드 서버가 오류를 반환했습니다({0}).','zh-Hans':'新闻源服务器返回错误（{0}）。','zh-Hant':'新聞來源伺服器回傳錯誤（{0}）。','th':'เซิร์ฟเวอร์ฟีดข่าวแจ้งข้อผิดพลาด ({0})','id':'Server umpan berita mengembalikan galat ({0}).','fr':'Le serveur du flux a répondu par une erreur ({0}).','de':'Der Server des Feeds meldet einen Fehler ({0}).','es':'El servidor del canal respondió con un error ({0}).','ar':'أعاد خادم موجز الأخبار خطأ ({0}).'},
 'states.error.network': {
  'vi':'Không kết nối được nguồn tin. Nếu nguồn tin ở trang web khác, máy chủ đó phải gửi header HTTP Access-Control-Allow-Origin, hoặc trang có thể dùng proxy.',
  'ja':'ニュースフィードに接続できませんでした。別のサイトのフィードの場合、そのサーバーが Access-Control-Allow-Origin ヘッダーを送信する必要があります。プロキシを使うこともできます。',
  'ko':'뉴스 피드에 연결할 수 없습니다. 다른 사이트의 피드라면 해당 서버가 Access-Control-Allow-Origin 헤더를 보내야 하며, 프록시를 사용할 수도 있습니다.',
  'zh-Hans':'无法连接新闻源。如果新闻源位于其他网站，该服务器必须发送 Access-Control-Allow-Origin 标头，或者页面可以使用代理。',
  'zh-Hant':'無法連線至新聞來源。如果新聞來源位於其他網站，該伺服器必須傳送 Access-Control-Allow-Origin 標頭，或者頁面可以使用代理。',
  'th':'เชื่อมต่อฟีดข่าวไม่ได้ หากฟีดอยู่บนเว็บไซต์อื่น เซิร์ฟเวอร์นั้นต้องส่งส่วนหัว Access-Control-Allow-Origin หรือหน้าเว็บอาจใช้พร็อกซี',
  'id':'Umpan berita tidak dapat dijangkau. Jika berada di situs lain, servernya harus mengirim header Access-Control-Allow-Origin, atau halaman dapat memakai proxy.',
  'fr':'Le flux d’actualités est injoignable. S’il est sur un autre site, son serveur doit envoyer l’en-tête Access-Control-Allow-Origin ; sinon, la page peut passer par un proxy.',
  'de':'Der Nachrichten-Feed ist nicht erreichbar. Liegt er auf einer anderen Website, muss deren Server den Header Access-Control-Allow-Origin senden, oder die Seite nutzt einen Proxy.',
  'es':'No se pudo acceder al canal de noticias. Si está en otro sitio, su servidor debe enviar la cabecera Access-Control-Allow-Origin, o la página puede usar un proxy.',
  'ar':'تعذّر الوصول إلى موجز الأخبار. إذا كان على موقع آخر، فيجب أن يرسل خادمه الترويسة Access-Control-Allow-Origin، أو يمكن للصفحة استخدام وكيل.'},
}

# Each element may keep its strings in scripts/translations/<element>.json
# ({"id": {"vi": "…", …}}), so work on different elements never edits the same file.
for extra in sorted(pathlib.Path(__file__).with_name('translations').glob('*.json')):
    for unit_id, langs in json.loads(extra.read_text()).items():
        if unit_id in T:
            sys.exit(f'{extra}: {unit_id} is already translated elsewhere')
        T[unit_id] = langs

def main():
    missing = []
    for path in sorted(pathlib.Path('xliff').glob('*.xlf')):
        lang = path.stem
        text = path.read_text()
        def fill(m):
            unit_id, source = m.group(1), m.group(2)
            holders = {h.group(1): h.group(0) for h in re.finditer(r'<x id="(\d+)"[^>]*/>', source)}
            tr = T.get(unit_id, {}).get(lang)
            if tr is None:
                missing.append(f'{lang}:{unit_id}')
                return m.group(0)
            target = re.sub(r'\{(\d+)\}', lambda h: holders.get(h.group(1), ''), tr)
            body = re.sub(r'\s*<target>.*?</target>', '', m.group(0), flags=re.S)
            return body.replace('</source>', f'</source>\n  <target>{target}</target>', 1)
        text = re.sub(r'<trans-unit id="([^"]+)">\s*<source>(.*?)</source>.*?</trans-unit>', fill, text, flags=re.S)
        path.write_text(text)
    if missing:
        print('missing translations:', ', '.join(missing))
        sys.exit(1)

main()
