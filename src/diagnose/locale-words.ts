/**
 * The localized words a toolchain prints for the same event, so that a rule matches the event and
 * not one language's wording. Each list is the msgstr set of one msgid, read from the .mo files
 * Debian 12 ships (the English original included):
 *
 * - glibc's strsignal/strerror texts: package libc-l10n 2.36, `/usr/share/locale/<ll>/LC_MESSAGES/libc.mo`
 *   (msgids "Killed", "Cannot allocate memory", "No space left on device", "No such file or
 *   directory", "File exists", "Text file busy"; the Spanish of older glibc releases too), and
 *   dlerror's "cannot open shared object file" (dlopen translates it; ld.so at a program's start
 *   does not).
 * - gcc's driver: package gcc-12-locales 12.2.0-14+deb12u1, `gcc-12.mo`, msgid
 *   "%s signal terminated program %s" (translated in de, es, fi, fr, sv; English elsewhere) and
 *   collect2's "%s terminated with signal %d [%s]%s" (its bracket holds the strsignal text), and
 *   the diagnostic kinds "fatal error: " and "error: ".
 * - binutils' BFD: package binutils-common 2.40, `bfd.mo`, msgids "file truncated",
 *   "file format not recognized", "memory exhausted"; GNU ld's `ld.mo`, msgid "%P: cannot find %s".
 *
 * Older gcc releases reported the same kill as an internal compiler error,
 * "internal compiler error: Killed (program cc1plus)", which the rules match through KILLED too.
 */

const alternation = (words: readonly string[]): string =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** strsignal(SIGKILL) in every libc locale. */
export const KILLED = alternation([
  'Killed',
  'Buĉita',
  'Bị buộc kết thúc',
  'Drept',
  'Dræbt',
  'Dödad',
  'Getötet',
  'Geëlimineerd',
  'Kilőve',
  'Matado',
  'Matat',
  'Morto',
  'Nutraukta (killed)',
  'Pobit',
  'Processus arrêté',
  'Süreç durduruldu',
  'Tapettu',
  'Terbunuh',
  'Terminado (killed)',
  'Ubijen',
  'Ucciso',
  'Unicestwiony',
  'Zabit (SIGKILL)',
  'Zabitý',
  'Σκοτώθηκε',
  'Безусловно прекъснат',
  'Вбито',
  'Забіты',
  'Убито',
  'Убијен',
  '已杀死',
  '強制終了',
  '強制結束',
  '죽었음',
]);

/** gcc's "%s signal terminated program %s" as its translations word it (the signal first). */
export const SIGNAL_TERMINATED = alternation([
  'signal terminated program',
  'hat Programm',
  'terminó el programa',
  'signaali päätti',
  'a terminé le programme',
  'signal avslutade programmet',
]);

/** strerror(ENOMEM) in every libc locale. */
export const CANNOT_ALLOCATE = alternation([
  'Cannot allocate memory',
  'Bellek ayrılamadı',
  'Impossibile allocare memoria',
  'Impossível alocar memória',
  'Kan ikke tildele hukommelse',
  'Kan ikke tildele minne',
  'Kan inte allokera minne',
  'Không thể cấp phát bộ nhớ',
  'Mankas sufiĉa memoro',
  'Muistin varaaminen ei onnistu',
  'Ne peut allouer de la mémoire',
  'Nelze alokovat paměť',
  'Nem foglalható memória',
  'Nema dovoljno memorije',
  'Nepavyko išskirti atminties',
  'Nicht genügend Hauptspeicher verfügbar',
  'Nie je možné prideliť pamäť',
  'Nie można przydzielić pamięci',
  'No se pudo asignar memoria',
  'No s’ha pogut reservar memòria',
  'Non se pode reservar memoria',
  'Não foi possível alocar memória',
  'Onvoldoende geheugen beschikbaar',
  'Pomnilnika ni mogoče dodeliti',
  'Tidak dapat mengalokasikan memori',
  'Δεν είναι δυνατό να δεσμευτεί μνήμη',
  'Не вдалося розподілити пам’ять',
  'Не могу да доделим меморију',
  'Не може да се задели памет',
  'Невозможно выделить память',
  'немагчыма разьмеркаваць памяць',
  'メモリを確保できません',
  '无法分配内存',
  '無法配置記憶體',
  '메모리를 할당할 수 없습니다',
]);

/** strerror(ENOSPC) in every libc locale. */
export const NO_SPACE = alternation([
  'No space left on device',
  'Aucun espace disponible sur le périphérique',
  'Auf dem Gerät ist kein Speicherplatz mehr verfügbar',
  'Aygıt üzerinde boş yer yok',
  'Brak miejsca na urządzeniu',
  'Enheten är full',
  'Geen ruimte meer over op apparaat',
  'Ikke mer plass på enheten',
  'Ikke mere plads på enheden',
  'Không có đủ chỗ trống trên thiết bị',
  'Laitteella ei ole tilaa jäljellä',
  'Na napravi ni več prostora',
  'Na zariadení už nie je žiadne miesto',
  'Na zařízení není volné místo',
  'Ne haviĝas plu da spaco sur aparato',
  'Nema više prostora na uređaju',
  'Nincs több hely a lemezen',
  'No queda espacio en el dispositivo',
  'No resta espai al dispositiu',
  'Non hai espacio libre no dispositivo',
  'Não há espaço disponível no dispositivo',
  'Sem espaço livre no dispositivo',
  'Spazio esaurito sul device',
  'Tidak ruang lagi diperangkat',
  'Įrenginyje neliko vietos',
  'Δεν έμεινε καθόλου χώρος στη συσκευή',
  'На устройстве не осталось свободного места',
  'Недостатньо місця на пристрої',
  'Није преостало простора на уређају',
  'Няма месца на прыладзе',
  'Няма свободно място на устройството',
  'デバイスに空き領域がありません',
  '裝置上已無多餘空間',
  '设备上没有空间',
  '장치에 남은 공간이 없음',
]);

/** BFD's "file truncated" (ar, ranlib, ld, objcopy read an object cut short). */
export const FILE_TRUNCATED = alternation([
  'file truncated',
  'File truncated',
  'ficheiro truncado',
  'fichier tronqué',
  'fișier trunchiat',
  'датотека је окрњена',
  'файл обрізано',
  'файл усечён',
]);

/**
 * GNU ld's "cannot find" (of a `-lX` or a file), in the locales whose words come before the name
 * (fi, ga, ja and tr put them after it and are left out).
 */
export const LD_CANNOT_FIND = alternation([
  'cannot find',
  'impossibile trovare',
  'kan ikke finde',
  'không tìm thấy',
  'no se puede encontrar',
  'não foi possível localizar',
  'tidak dapat menemukan',
  'невозможно найти',
  '找不到',
]);

/**
 * GNU ld's "undefined reference to `%pT'" (ld.mo, msgid "%X%P: %C: undefined reference to
 * `%pT'\n"), the words before the symbol in every locale that translates it (bg, es, fr, pt_BR,
 * ru in both spellings, sr, uk with and without its preposition); the symbol follows in that
 * locale's quotes (`…', « … », „…“, "…").
 */
export const UNDEFINED_REFERENCE = alternation([
  'undefined reference to',
  'неопределена отпратка към',
  'referencia a',
  'référence indéfinie vers',
  'referência não definida para',
  'неопределённая ссылка на',
  'неопределенная ссылка на',
  'недефинисана упута ка',
  'невизначене посилання на',
  'невизначене посилання',
]);

/** BFD's "file format not recognized". */
export const FORMAT_NOT_RECOGNIZED = alternation([
  'file format not recognized',
  'File format not recognized',
  'format de fichier non reconnu',
  'formato de ficheiro não reconhecido',
  'formatul fișierului nu este recunoscut',
  'запис датотеке није препознат',
  'формат файла не распознан',
  'формат файла не розпізнано',
]);

/** BFD's and bison's "memory exhausted". */
export const MEMORY_EXHAUSTED = alternation([
  'memory exhausted',
  'memorie epuizată',
  'memória esgotada',
  'mémoire épuisée',
  'закончилась память',
  'меморија је исцрпљена',
  "пам'ять вичерпано",
]);

/** strerror(ENOENT) in every libc locale. */
export const NO_SUCH_FILE = alternation([
  'No such file or directory',
  'No existe el archivo o el directorio',
  'Adresár alebo súbor neexistuje',
  'Adresář nebo soubor neexistuje',
  'Arquivo ou diretório inexistente',
  'Aucun fichier ou dossier de ce type',
  'Bestand of map bestaat niet',
  'Böyle bir dosya ya da dizin yok',
  'Datei oder Verzeichnis nicht gefunden',
  'Datoteka ali imenik s tem imenom ne obstaja',
  'Dosiero aŭ dosierujo ne ekzistas',
  'El fitxer o directori no existeix',
  'Ficheiro ou pasta inexistente',
  'File o directory non esistente',
  'Filen eller katalogen finns inte',
  'Ingen slik fil eller filkatalog',
  'Ingen sådan fil eller filkatalog',
  'Không có tập tin hoặc thư mục như vậy',
  'Necun tal file o directorio',
  'Nema takve datoteke ili direktorija',
  'Nie ma takiego pliku ani katalogu',
  'Nincs ilyen fájl vagy könyvtár',
  'No existe el fichero o el directorio',
  'Non hai tal ficheiro ou directorio',
  'Tidak ada berkas atau direktori seperti itu',
  'Tiedostoa tai hakemistoa ei ole',
  'Toks failas ar aplankas neegzistuoja',
  'Δεν υπάρχει τέτοιο αρχείο ή κατάλογος',
  'Нема такве датотеке или директоријума',
  'Немає такого файла або каталогу',
  'Нет такого файла или каталога',
  'Няма такога файла ці каталога',
  'Няма такъв файл или директория',
  'そのようなファイルやディレクトリはありません',
  '沒有此一檔案或目錄',
  '没有那个文件或目录',
  '그런 파일이나 디렉터리가 없습니다',
]);

/** strerror(EEXIST) in every libc locale. */
export const FILE_EXISTS = alternation([
  'File exists',
  'A fájl már létezik',
  'Arquivo existe',
  'Berkas telah ada',
  'Bestand bestaat al',
  'Datoteka postoji',
  'Datoteka že obstaja',
  'Die Datei existiert bereits',
  'Dosiero jam ekzistas',
  'Dosya var',
  'El fichero ya existe',
  'El fitxer ja existeix',
  'Failas jau egzistuoja',
  'File già esistente',
  'Filen eksisterer',
  'Filen existerar',
  'Le fichier existe',
  'O ficheiro existe',
  'O ficheiro xa existe',
  'Plik istnieje',
  'Soubor již existuje',
  'Súbor existuje',
  'Tiedosto on olemassa',
  'Tập tin đã sẵn có',
  'Το αρχείο υπάρχει',
  'Датотека постоји',
  'Файл вже існує',
  'Файл существует',
  'Файл існуе',
  'Файлът съществува',
  'ファイルが存在します',
  '文件已存在',
  '檔案已存在',
  '파일이 있습니다',
]);

/** strerror(ETXTBSY) in every libc locale. */
export const TEXT_FILE_BUSY = alternation([
  'Text file busy',
  'A szövegfájl foglalt',
  'Berkas teks sibuk',
  'Besedilna datoteka je v rabi',
  'Das Programm kann nicht ausgeführt oder verändert werden (busy)',
  'El fichero de texto está ocupado',
  'El fitxer de text es troba ocupat',
  'Ficheiro de texto en uso',
  'Ficheiro de texto ocupado',
  'Fichier texte occupé',
  'File di testo occupato',
  'Kodfil upptagen',
  'Metin dosyası meşgul',
  'Plik wykonywalny zajęty',
  'Programfil opptatt',
  'Soubor je používán',
  'Spustiteľný súbor je používaný',
  'Tekstbestand is in gebruik',
  'Tekstdosiero uziĝas',
  'Tekstfil optaget',
  'Tekstinis failas užimtas',
  'Tekstitiedosto varattu',
  'Tekstualna datoteka je zauzeta',
  'Tập tin văn bản đang bận',
  'Área de texto ocupada',
  'Αρχείο κειμένου σε χρήση',
  'Зает текстов файл',
  'Текстовий файл зайнято',
  'Текстовый файл занят',
  'Текстуална датотека је заузета',
  'テキストファイルがビジー状態です',
  '文字檔忙錄中',
  '文本文件忙',
  '실행 파일 사용 중',
]);

/** gcc's diagnostic kind "fatal error" in every locale gcc ships. */
export const FATAL_ERROR = alternation([
  'fatal error',
  'erreur fatale',
  'error fatal',
  'fatal fejl',
  'fatale fout',
  'fatalna greška',
  'lỗi nghiêm trọng',
  'schwerwiegender Fehler',
  'vakava virhe',
  'ödesdigert fel',
  'ölümcül hata',
  'μοιραίο σφάλμα',
  'кобна грешка',
  'критична помилка',
  'фатальная ошибка',
  '嚴重錯誤',
  '致命的エラー',
  '致命错误',
]);

/** gcc's diagnostic kind "error" in every locale gcc ships. */
export const ERROR = alternation([
  'error',
  'Fehler',
  'erreur',
  'fejl',
  'fel',
  'fout',
  'greška',
  'hata',
  'lỗi',
  'virhe',
  'σφάλμα',
  'грешка',
  'ошибка',
  'помилка',
  'エラー',
  '錯誤',
  '错误',
]);

/**
 * GNU make's "No rule to make target" up to the target's opening quote, in every locale make
 * ships: package make 4.3-4.1, `/usr/share/locale/<ll>/LC_MESSAGES/make.mo`, msgids
 * "%sNo rule to make target '%s'%s" and "%sNo rule to make target '%s', needed by '%s'%s".
 */
export const MAKE_NO_RULE = alternation([
  'No rule to make target',
  'Aucune règle pour fabriquer la cible',
  'Brak reguł do wykonania obiektu',
  'Brak reguł do zrobienia obiektu',
  'Er is geen regel om doel',
  'Ingen regel för att skapa målet',
  'Ingen regel til at skabe målet',
  'Keine Regel vorhanden, um das Ziel',
  'Keine Regel, um',
  'Không có quy tắc để tạo đích',
  'Nema pravila za izradu cilja',
  'Nessuna regola per generare l’obiettivo',
  "Nessuna regola per generare l'obiettivo",
  'No hay ninguna regla para construir el objetivo',
  'Níl aon riail chun sprioc',
  'Sem regra para fazer o alvo',
  'Sem regra para processar o alvo',
  'Tidak terdapat aturan untuk membuat target',
  'Žádné pravidlo jak vyrobit cíl',
  'Нема правила для створення цілі',
  'Нема правила за одрађивање мете',
  'Нет правила для сборки цели',
  'Няма правило за изграждане на целта',
  '沒有規則可製作目標',
  '没有规则可制作目标',
  'ターゲット',
  '타겟',
]);

/** The same message where the locale puts the target first (ja, ko): the words after it. */
export const MAKE_NO_RULE_AFTER = alternation([
  'を make するルールがありません',
  '을(를) 만들 규칙이 없습니다',
  '타겟을 만들 규칙이 없습니다',
]);

/** GNU make's "Waiting for unfinished jobs" (printed only under -j), same source as MAKE_NO_RULE. */
export const MAKE_WAITING = alternation([
  '未完了のジョブを待っています',
  '끝나지 않은 작업을 기다리고 있습니다',
  'Waiting for unfinished jobs',
  'Esperando que outros processos terminem',
  'A aguardar por trabalhos não terminados',
  'Ag fanacht le jabanna neamhchríochnaithe',
  'Agardando por traballos non rematados',
  'Attente des tâches non terminées',
  'Attesa per i processi non terminati',
  'Bitmemiş işler için bekliyor',
  'Es wird auf noch nicht beendete Prozesse gewartet',
  'Inväntar oavslutade jobb',
  'Menunggu pekerjaan yang belum selesai',
  'Oczekiwanie na niezakończone zadania',
  'Odotetaan keskeneräisiä töitä',
  'Se espera a que terminen otras tareas',
  'Venter på uafsluttede job',
  'Wachten op onvoltooide taken',
  'Čeka se na nedovršene poslove',
  'Čeká se na nedokončené úlohy',
  'Đang đợi những công việc chưa hoàn tất',
  'Ожидание завершения заданий',
  'Очікування завершення завдань',
  'Чакаюцца незавершаныя працы',
  'Чекам на недовршене послове',
  'Изчакване на незавършени задачи',
  '正在等待未完成的任务',
  '正在等待未完成的作業',
]);

/** dlerror's "cannot open shared object file" (an import's dlopen) in every libc locale. */
export const SHARED_OBJECT_OPEN = alternation([
  'cannot open shared object file',
  'Kann die Shared-Object-Datei nicht öffnen',
  "Ne peut ouvrir le fichier d'objet partagé",
  'deljene predmetne datoteke ni mogoče odpreti',
  'impossibile aprire il file oggetto condiviso',
  'impossibile de aperir un file de objecto condivise',
  'impossível abrir ficheiro-objecto partilhado',
  'jaettua objektitiedostoa ei voi avata',
  'kan gedeeld objectbestand niet openen',
  'kan ikke åbne delt objektfil',
  'kan inte öppna delad objektfil',
  'không thể mở tập tin đối tượng dùng chung',
  'ne eblas malfermi komunan objektdosieron',
  'nem nyitható meg a megosztott objektumfájl',
  'nepavyko atverti bendrojo objekto failo',
  'nie je možné otvoriť súbor zdieľaného objektu',
  'nie można otworzyć pliku obiektu dzielonego',
  'nije moguće otvoriti datoteku zajedničkoga objekta',
  'no se puede abrir el fichero del objeto compartido',
  'no s’ha pogut obrir el fitxer d’objecte compartit',
  'non se pode abrir un ficheiro de obxecto compartido',
  'não é possível abrir arquivo compartilhado',
  'paylaşımlı nesne dosyası açılamıyor',
  'sdílený objektový soubor nelze otevřít',
  'tidak dapat membuka berkas objek terbagi',
  'не вдалося відкрити файл об’єктів спільного використання',
  'не могу да отворим датотеку дељеног објекта',
  'не може да се отвори файлът със споделения обект',
  "не ўдалося адкрыць супольны аб'ектны файл",
  'невозможно открыть разделяемый объектный файл',
  '共有オブジェクトファイルを開けません',
  '无法打开共享对象文件',
  '無法開啟共用物件',
  '동적 오브젝트 파일을 열 수 없습니다',
]);
