
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `Artikel berikutnya`,
'article-list.carousel.previous': `Artikel sebelumnya`,
'article-list.end': `Akhir daftar`,
'article-list.label': `Artikel`,
'article-list.load-more': `Muat lebih banyak`,
'article-list.loading': `Memuat…`,
'article-list.new-many': str`${0} artikel baru`,
'article-list.new-one': `1 artikel baru`,
'article-list.page': str`Artikel ${0} sampai ${1}`,
'article-list.skip': `Lewati daftar ini`,
'card.byline': str`Oleh ${0}`,
'card.source': str`Sumber: ${0}`,
'news-article.comments': `Komentar`,
'news-article.comments.one': str`${0} komentar`,
'news-article.comments.other': str`${0} komentar`,
'news-article.comments.zero': `Belum ada komentar`,
'news-article.embed': str`Konten sematan di ${0}`,
'news-article.home': `Beranda`,
'news-article.not-found': `Artikel ini tidak ada di umpan berita. Mungkin sudah dipindahkan atau dihapus.`,
'news-article.original': `Baca artikel asli`,
'news-article.table': `Tabel`,
'news-breadcrumbs.label': `Jejak navigasi`,
'photo-caption.caption-prefix': `Keterangan gambar,`,
'photo-caption.close': `Tutup`,
'photo-caption.credit-prefix': `Foto:`,
'photo-caption.dialog': `Gambar diperbesar`,
'photo-caption.enlarge': `Perbesar gambar`,
'related-articles.empty': `Tidak ada artikel terkait.`,
'related-articles.heading': `Artikel lainnya`,
'states.empty': `Belum ada artikel.`,
'states.error.http': str`Server umpan berita mengembalikan galat (${0}).`,
'states.error.network': `Umpan berita tidak dapat dijangkau. Jika berada di situs lain, servernya harus mengirim header Access-Control-Allow-Origin, atau halaman dapat memakai proxy.`,
'states.error.parse': `Umpan berita tidak dapat dibaca.`,
'states.error.timeout': `Umpan berita terlalu lama merespons.`,
'states.error.too-large': `Umpan berita terlalu besar untuk ditampilkan.`,
'states.error.unsupported': `Alamat ini bukan umpan berita yang dapat kami baca.`,
'states.retry': `Coba lagi`,
'states.stale': `Gagal memperbarui. Menampilkan berita sebelumnya.`,
'tags.label': `Tag`,
'time.updated': str`Diperbarui ${0}`,
    };
  