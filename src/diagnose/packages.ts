/** Debian/Ubuntu, Fedora/RHEL and Homebrew names of what provides a header or a library. */
export interface PackageNames {
  apt: string;
  dnf: string;
  brew: string;
}

const pkg = (apt: string, dnf: string, brew: string): PackageNames => ({ apt, dnf, brew });

const ZLIB = pkg('zlib1g-dev', 'zlib-devel', 'zlib');
const SSL = pkg('libssl-dev', 'openssl-devel', 'openssl@3');
const XML2 = pkg('libxml2-dev', 'libxml2-devel', 'libxml2');
const XSLT = pkg('libxslt1-dev', 'libxslt-devel', 'libxslt');
const FFI = pkg('libffi-dev', 'libffi-devel', 'libffi');
const YAML = pkg('libyaml-dev', 'libyaml-devel', 'libyaml');
const BZ2 = pkg('libbz2-dev', 'bzip2-devel', 'bzip2');
const LZMA = pkg('liblzma-dev', 'xz-devel', 'xz');
const SQLITE = pkg('libsqlite3-dev', 'sqlite-devel', 'sqlite');
const PQ = pkg('libpq-dev', 'libpq-devel', 'libpq');
const MYSQL = pkg('default-libmysqlclient-dev', 'mysql-devel', 'mysql-client');
const JPEG = pkg('libjpeg-dev', 'libjpeg-turbo-devel', 'jpeg-turbo');
const PNG = pkg('libpng-dev', 'libpng-devel', 'libpng');
const TIFF = pkg('libtiff-dev', 'libtiff-devel', 'libtiff');
const FREETYPE = pkg('libfreetype-dev', 'freetype-devel', 'freetype');
const GMP = pkg('libgmp-dev', 'gmp-devel', 'gmp');
const MPFR = pkg('libmpfr-dev', 'mpfr-devel', 'mpfr');
const PORTAUDIO = pkg('portaudio19-dev', 'portaudio-devel', 'portaudio');
const KRB5 = pkg('libkrb5-dev', 'krb5-devel', 'krb5');
const SASL = pkg('libsasl2-dev', 'cyrus-sasl-devel', 'cyrus-sasl');
const LDAP = pkg('libldap2-dev', 'openldap-devel', 'openldap');
const VIRT = pkg('libvirt-dev', 'libvirt-devel', 'libvirt');
const HDF5 = pkg('libhdf5-dev', 'hdf5-devel', 'hdf5');
const CURL = pkg('libcurl4-openssl-dev', 'libcurl-devel', 'curl');
const EXPAT = pkg('libexpat1-dev', 'expat-devel', 'expat');
const UUID = pkg('uuid-dev', 'libuuid-devel', 'ossp-uuid');
const READLINE = pkg('libreadline-dev', 'readline-devel', 'readline');
const NCURSES = pkg('libncurses-dev', 'ncurses-devel', 'ncurses');
const ZSTD = pkg('libzstd-dev', 'libzstd-devel', 'zstd');
const LZ4 = pkg('liblz4-dev', 'lz4-devel', 'lz4');
const SNAPPY = pkg('libsnappy-dev', 'snappy-devel', 'snappy');
const OPENBLAS = pkg('libopenblas-dev', 'openblas-devel', 'openblas');
const FFTW = pkg('libfftw3-dev', 'fftw-devel', 'fftw');
const PCAP = pkg('libpcap-dev', 'libpcap-devel', 'libpcap');
const GEOS = pkg('libgeos-dev', 'geos-devel', 'geos');
const PROJ = pkg('libproj-dev', 'proj-devel', 'proj');
const GDAL = pkg('libgdal-dev', 'gdal-devel', 'gdal');
const CAIRO = pkg('libcairo2-dev', 'cairo-devel', 'cairo');
const GLIB = pkg('libglib2.0-dev', 'glib2-devel', 'glib');
const DBUS = pkg('libdbus-1-dev', 'dbus-devel', 'dbus');
const SYSTEMD = pkg('libsystemd-dev', 'systemd-devel', '(not on macOS)');
const USB = pkg('libusb-1.0-0-dev', 'libusbx-devel', 'libusb');
const MAGIC = pkg('libmagic-dev', 'file-devel', 'libmagic');
const GRAPHVIZ = pkg('libgraphviz-dev', 'graphviz-devel', 'graphviz');
const XMLSEC = pkg('libxmlsec1-dev', 'xmlsec1-devel', 'libxmlsec1');
const EVENT = pkg('libevent-dev', 'libevent-devel', 'libevent');
const EV = pkg('libev-dev', 'libev-devel', 'libev');
const ZMQ = pkg('libzmq3-dev', 'zeromq-devel', 'zeromq');
const ARCHIVE = pkg('libarchive-dev', 'libarchive-devel', 'libarchive');
const PYTHON = pkg('python3-dev', 'python3-devel', 'python');
const LIBC = pkg('libc6-dev', 'glibc-devel', 'xcode-select --install');

/** Headers by their include path (or its first directory), the way `#include` names them. */
const HEADERS: Record<string, PackageNames> = {
  'Python.h': PYTHON,
  'pyconfig.h': PYTHON,
  'zlib.h': ZLIB,
  'zconf.h': ZLIB,
  'openssl/': SSL,
  'libxml/': XML2,
  'libxslt/': XSLT,
  'libexslt/': XSLT,
  'ffi.h': FFI,
  'yaml.h': YAML,
  'bzlib.h': BZ2,
  'lzma.h': LZMA,
  'sqlite3.h': SQLITE,
  'libpq-fe.h': PQ,
  'pg_config.h': PQ,
  'mysql.h': MYSQL,
  'mysql/': MYSQL,
  'jpeglib.h': JPEG,
  'png.h': PNG,
  'tiffio.h': TIFF,
  'tiff.h': TIFF,
  'ft2build.h': FREETYPE,
  'freetype/': FREETYPE,
  'gmp.h': GMP,
  'mpfr.h': MPFR,
  'portaudio.h': PORTAUDIO,
  'krb5.h': KRB5,
  'krb5/': KRB5,
  'gssapi/': KRB5,
  'gssapi.h': KRB5,
  'sasl/': SASL,
  'ldap.h': LDAP,
  'lber.h': LDAP,
  'libvirt/': VIRT,
  'hdf5.h': HDF5,
  'curl/': CURL,
  'expat.h': EXPAT,
  'uuid/': UUID,
  'readline/': READLINE,
  'ncurses.h': NCURSES,
  'curses.h': NCURSES,
  'zstd.h': ZSTD,
  'lz4.h': LZ4,
  'snappy-c.h': SNAPPY,
  'snappy.h': SNAPPY,
  'cblas.h': OPENBLAS,
  'fftw3.h': FFTW,
  'pcap.h': PCAP,
  'pcap/': PCAP,
  'geos_c.h': GEOS,
  'proj.h': PROJ,
  'gdal.h': GDAL,
  'cairo.h': CAIRO,
  'cairo/': CAIRO,
  'glib.h': GLIB,
  'dbus/': DBUS,
  'systemd/': SYSTEMD,
  'libusb-1.0/': USB,
  'libusb.h': USB,
  'magic.h': MAGIC,
  'graphviz/': GRAPHVIZ,
  'xmlsec/': XMLSEC,
  'event.h': EVENT,
  'event2/': EVENT,
  'ev.h': EV,
  'zmq.h': ZMQ,
  'archive.h': ARCHIVE,
};

/** Link names as in `-lNAME`. */
const LIBRARIES: Record<string, PackageNames> = {
  z: ZLIB,
  ssl: SSL,
  crypto: SSL,
  xml2: XML2,
  xslt: XSLT,
  exslt: XSLT,
  ffi: FFI,
  yaml: YAML,
  bz2: BZ2,
  lzma: LZMA,
  sqlite3: SQLITE,
  pq: PQ,
  mysqlclient: MYSQL,
  jpeg: JPEG,
  png: PNG,
  png16: PNG,
  tiff: TIFF,
  freetype: FREETYPE,
  gmp: GMP,
  mpfr: MPFR,
  portaudio: PORTAUDIO,
  krb5: KRB5,
  gssapi_krb5: KRB5,
  sasl2: SASL,
  ldap: LDAP,
  lber: LDAP,
  virt: VIRT,
  hdf5: HDF5,
  curl: CURL,
  expat: EXPAT,
  uuid: UUID,
  readline: READLINE,
  ncurses: NCURSES,
  ncursesw: NCURSES,
  zstd: ZSTD,
  lz4: LZ4,
  snappy: SNAPPY,
  openblas: OPENBLAS,
  blas: OPENBLAS,
  lapack: OPENBLAS,
  fftw3: FFTW,
  pcap: PCAP,
  geos_c: GEOS,
  proj: PROJ,
  gdal: GDAL,
  cairo: CAIRO,
  'glib-2.0': GLIB,
  'dbus-1': DBUS,
  systemd: SYSTEMD,
  'usb-1.0': USB,
  magic: MAGIC,
  cgraph: GRAPHVIZ,
  xmlsec1: XMLSEC,
  event: EVENT,
  ev: EV,
  zmq: ZMQ,
  archive: ARCHIVE,
};

/** The C library's own headers: missing one means the toolchain, not a dependency, is broken. */
const LIBC_HEADERS = new Set([
  'stdio.h',
  'stdlib.h',
  'string.h',
  'limits.h',
  'stddef.h',
  'stdint.h',
  'stdarg.h',
  'errno.h',
  'unistd.h',
  'features.h',
  'math.h',
  'assert.h',
  'wchar.h',
  'signal.h',
  'time.h',
  'pthread.h',
]);

export function isLibcHeader(header: string): boolean {
  return LIBC_HEADERS.has(header) || header.startsWith('bits/') || header.startsWith('sys/');
}

export function packagesForHeader(header: string): PackageNames | null {
  if (isLibcHeader(header)) return LIBC;
  if (HEADERS[header]) return HEADERS[header];
  const dir = header.includes('/') ? `${header.slice(0, header.indexOf('/'))}/` : null;
  return (dir && HEADERS[dir]) || null;
}

export function packagesForLibrary(name: string): PackageNames | null {
  if (/^python\d/.test(name)) return PYTHON;
  if (['c', 'gcc', 'gcc_s', 'm', 'pthread', 'dl', 'rt', 'util'].includes(name)) return LIBC;
  return LIBRARIES[name] ?? null;
}

/** The install commands for each platform, or how to find the package when none is known. */
export function installHint(names: PackageNames | null, file: string): string {
  if (!names) {
    return `install the development package that provides \`${file}\` (Debian: \`apt-file search ${file}\`, Fedora: \`dnf provides '*/${file}'\`)`;
  }
  return `\`apt-get install ${names.apt}\` / \`dnf install ${names.dnf}\` / \`brew install ${names.brew}\``;
}
