
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.byline': str`Oleh ${0}`,
'card.source': str`Sumber: ${0}`,
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
  