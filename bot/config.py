"""Settings, from the environment and `.env`, checked once at start-up."""

from __future__ import annotations

import contextvars
import difflib
import errno
import os
import shlex
import unicodedata
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import annotated_types
from pydantic import (
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from bot import settings_file
from bot.database_url import postgres_url_problem
from bot.settings_file import ENV_ENCODING, SettingsFile
from flows.regex import on_first_use
from storage import DEFAULT_BUSY_MS, is_postgres
from storage.crypto import parse_keys
from storage.errors import KeyProblem

TELEGRAM_API = "https://api.telegram.org"
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LogFormat = Literal["text", "json"]
WEBHOOK_SECRET = on_first_use(r"[A-Za-z0-9_-]{1,256}")
SECRET_AT_LEAST = 16  # characters of a webhook secret: 96 bits
TOKEN_TAIL = on_first_use(r"[A-Za-z0-9_-]+")
DATA_KEY = "SOSBOT_DATA_KEY"


# SQLite's name for a database that lives only while the program runs: nothing in it is kept.
IN_MEMORY = ":memory:"
KEPT_NOWHERE = ("is SQLite's database that lives only while sosbot runs, so nothing saved in "
                "it would be kept; give a file name (sosbot.db, say)")


# A database path ending in "/" names the folder meant to hold it: taken as a file's name, it
# made a database file where the folder was to be.
AS_FOLDER = ("ends with /, so it names a folder; give the database file's name in it "
             "({path}sosbot.db, say)")

KEY_AS_FOLDER = ("ends with /, so it names a folder; give the key file's name in it "
                 "({path}sosbot.key, say)")


def as_sqlite_uri(path: str) -> str | None:
    """Why a database path starting "file:" is refused, or None: SQLite reads such a name
    as a URI of its own, not as a file's name, so "file:/var/lib/sosbot/sosbot.db" opened a
    database sosbot had not made mode 600 nor locked, and "?mode=memory" one kept nowhere."""
    given = path.strip()
    if not given.startswith("file:"):
        return None
    meant = urlsplit(given).path or given.removeprefix("file:")
    return (f"starts with \"file:\", which SQLite reads as a URI of its own rather than a "
            f"file's name: give the path alone ({visible(meant)}), or "
            f"./{visible(given)} for a file of that odd name")


def names_folder(path: str) -> bool:
    """Whether a database path, as given, names a folder (ends with a slash)."""
    return path.strip().endswith(("/", os.sep))


class ConfigError(Exception):
    """Settings are missing or wrong; one line per setting, naming it."""




# The settings only `run --webhook` uses: checked when it starts (`Settings.webhook_problems`),
# so that one left wrong in .env stops no other command.
WEBHOOK_ONLY = frozenset({"webhook_url", "webhook_secret"})
QUOTED = ("is in quotation marks, which would be read as part of it; remove them (Docker's "
          "--env-file keeps them)")
CURLY_QUOTED = ("is in curly quotation marks (a word processor's or a web page's), which would "
                "be read as part of it; remove them")
# The marks a word processor or a web page puts in place of typed ones (a council's set-up
# document copied into .env): no reader of settings takes them for quotation marks.
CURLY_QUOTES = "\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"


# systemd's EnvironmentFile and Docker's --env-file take only a whole line starting with "#"
# as a comment: one after a value is part of it (a database file named "bot.db  # the
# database"). python-dotenv, which reads .env, takes it off, so a main.env that works as
# .env looked right. After a value in quotation marks systemd drops the blanks and adds the
# rest to it: `"bot.db"  # the database` is "bot.db# the database".
COMMENT_KEPT = ("has a comment after it, which is read as part of the value: systemd's env "
                "file and Docker's --env-file take only a whole line starting with # as a "
                "comment; put the comment on a line of its own")
_COMMENT = on_first_use(r"\s#|#\s")
# A path's " #" can be a folder's name ("/srv/team #2/bot.db"), which systemd hands over
# exactly as it hands over a comment: read as a name where that folder is there.
PATH_COMMENT_KEPT = COMMENT_KEPT + ' (a folder whose name holds " #" is read as named once ' \
    "it is there)"


def commented(value: object) -> bool:
    """Whether a setting's value has a comment after it (a blank, then "#", or "#" then a
    blank, as systemd joins one to a value in quotation marks)."""
    return isinstance(value, str) and _COMMENT.search(value.strip()) is not None


def named_with_hash(path: str) -> bool:
    """Whether every "#" by a blank in `path` is in the name of a folder that is there
    ("/srv/team #2/bot.db" with the folder "team #2" made), so no comment. Never in the
    file's own name: a file "bot.db  # the database" is one an older sosbot made from a
    comment, beside the database the backups take."""
    path = os.path.expanduser(path.strip())
    for found in _COMMENT.finditer(path):
        end = path.find("/", found.end())
        if end == -1 or not os.path.isdir(path[:end]):
            return False
    return True


def _in_environment(name: str | None, value: object) -> bool:
    """Whether the environment gave a setting this value (systemd's env file, Docker's
    --env-file), not a file python-dotenv read (.env, --env-file): dotenv takes a comment
    after a value off, so " #" left in one of its values was in quotation marks, on purpose
    ("Team #2/bot.db")."""
    if name is None or not isinstance(value, str):
        return False
    return any(key.upper() == name and given.strip() == value.strip()
               for key, given in os.environ.items())


def _path_given(field: str, value: str) -> str | None:
    """The file's path a setting's value gives (SOSBOT_DB, a sqlite:/// URL...), or None."""
    if field in ("db", "key_file", "words"):
        return value
    if field == "database_url" and value.strip().startswith("sqlite:///"):
        return value.strip().removeprefix("sqlite:///")
    return None


def quotes_said(value: str) -> str:
    """What is said of a `quoted` value: which kind of marks, and why they are in the way."""
    return CURLY_QUOTED if value.strip()[0] in CURLY_QUOTES else QUOTED


def stray_quote(value: str) -> str | None:
    """The quotation mark (or backtick) a value starts or ends with, when it is not wrapped
    in a pair (`quoted`): `bot.db"`, one curly mark, a path in backticks from a wiki."""
    text = value.strip()
    return next((ch for ch in (text[:1], text[-1:]) if ch and ch in "\"'`" + CURLY_QUOTES),
                None)


def quoted(value: object) -> bool:
    """Whether a setting's value is wrapped in quotation marks (kept by Docker's --env-file),
    straight or curly."""
    text = value.strip() if isinstance(value, str) else ""
    if len(text) < 2:
        return False
    straight = text[0] == text[-1] and text[0] in "\"'"
    return straight or (text[0] in CURLY_QUOTES and text[-1] in CURLY_QUOTES)


def url_problem(url: str, api_root: str = TELEGRAM_API) -> str | None:
    """Why `run --webhook` refuses this SOSBOT_WEBHOOK_URL, or None (`api_root`: the Bot API
    server, which posts to any port when it is one's own)."""
    if quoted(url):
        return quotes_said(url)
    if commented(url):
        return COMMENT_KEPT
    if not url.startswith("https://") or len(url) <= len("https://"):
        return "must be the public https:// address Telegram posts updates to"
    try:
        _check_address(url)
    except ValueError as exc:
        return str(exc)
    port = urlsplit(url).port
    # A Bot API server of one's own (SOSBOT_API_ROOT, run with --local) posts to any port
    if port not in (None, *WEBHOOK_PORTS) and api_root == TELEGRAM_API:
        return (f"has the port {port}, and Telegram posts only to 443, 80, 88 or 8443; give "
                "your reverse proxy's public address")
    return None


def secret_problem(secret: str) -> str | None:
    """Why `run --webhook` refuses this SOSBOT_WEBHOOK_SECRET, or None."""
    if quoted(secret):
        return quotes_said(secret)
    if not WEBHOOK_SECRET.fullmatch(secret):
        return (f"must be {SECRET_AT_LEAST} to 256 characters, only A-Z, a-z, 0-9, _ and - "
                "(Telegram takes no others); `openssl rand -hex 32` makes one")
    if len(secret) < SECRET_AT_LEAST:
        # the secret is all that tells Telegram's posts from anyone's: a short one is
        # found by posting to the public URL until one is let in
        return (f"is {len(secret)} characters, short enough to guess by posting to the "
                f"webhook; use at least {SECRET_AT_LEAST} characters (`openssl rand -hex 32` "
                "makes 64)")
    return None


class Settings(BaseSettings):
    """Every setting sosbot reads. `.env.example` documents each one."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding=ENV_ENCODING,
                                      extra="ignore", populate_by_name=True)

    telegram_bot_token: str | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    allowed_users: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), alias="SOSBOT_ALLOWED_USERS")
    db: Path = Field(default=Path("sosbot.db"), alias="SOSBOT_DB")
    database_url: str | None = Field(default=None, alias="SOSBOT_DATABASE_URL")
    api_root: str = Field(default=TELEGRAM_API, alias="SOSBOT_API_ROOT")
    log_level: LogLevel = Field(default="WARNING", alias="SOSBOT_LOG_LEVEL")
    log_format: LogFormat = Field(default="text", alias="SOSBOT_LOG_FORMAT")
    draft_days: int = Field(default=30, ge=1, le=3650, alias="SOSBOT_DRAFT_DAYS")
    done_days: int = Field(default=14, ge=1, le=3650, alias="SOSBOT_DONE_DAYS")
    data_key: SecretStr | None = Field(default=None, alias="SOSBOT_DATA_KEY")
    key_file: Path | None = Field(default=None, alias="SOSBOT_KEY_FILE")
    rate_burst: int = Field(default=20, ge=1, le=1000, alias="SOSBOT_RATE_BURST")
    # 0.01 a minute (one message each 100 minutes) is the slowest refill a bucket is timed by:
    # slower ("1e-300") left a practitioner's answers refused for good after the burst, and
    # its wait overflowed PostgreSQL's interval, refusing every update
    rate_per_minute: float = Field(default=30, ge=0.01, le=6000, alias="SOSBOT_RATE_PER_MINUTE")
    # How long a save waits for another program's lock on a SQLite database before it is
    # said to be not saved (SQLite's busy_timeout); PostgreSQL's locks are its server's
    busy_timeout_ms: int = Field(default=DEFAULT_BUSY_MS, ge=0, le=600_000,
                                 alias="SOSBOT_BUSY_TIMEOUT_MS")
    webhook_url: str | None = Field(default=None, alias="SOSBOT_WEBHOOK_URL")
    webhook_secret: SecretStr | None = Field(default=None, alias="SOSBOT_WEBHOOK_SECRET")
    listen: str = Field(default="127.0.0.1", min_length=1, alias="SOSBOT_LISTEN")
    port: int = Field(default=8080, ge=1, le=65535, alias="SOSBOT_PORT")
    # How long the bot waits on Telegram and on the webhook's callers: each poll held open
    # for updates, a webhook post's body to arrive whole, a webhook connection with no
    # request under way (its headers still coming, or idle between posts), and the first
    # retention run after a start
    poll_seconds: int = Field(default=10, ge=1, le=50, alias="SOSBOT_POLL_SECONDS")
    webhook_body_seconds: float = Field(default=10.0, ge=0.1, le=600,
                                        alias="SOSBOT_WEBHOOK_BODY_SECONDS")
    webhook_idle_seconds: float = Field(default=10.0, ge=0.1, le=3600,
                                        alias="SOSBOT_WEBHOOK_IDLE_SECONDS")
    retention_first_seconds: float = Field(default=5.0, ge=0, le=86_400,
                                           alias="SOSBOT_RETENTION_FIRST_SECONDS")
    words: Path | None = Field(default=None, alias="SOSBOT_WORDS")  # a council's word list
    # Where these settings were read from, named to the operator when two instances differ
    # (the systemd unit sets it; sosbot never reads the file itself)
    settings_from: str | None = Field(default=None, alias="SOSBOT_SETTINGS_FROM")
    # The settings file `load_settings` was given (--env-file), for a later check of a
    # setting to name its line there
    _read_from: Path | None = PrivateAttr(default=None)
    # The settings file as start-up read it (that one, or the folder's .env), for the lines
    # naming where a setting was set
    _file: SettingsFile | None = PrivateAttr(default=None)

    @classmethod
    def settings_customise_sources(
            cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
            env_settings: PydanticBaseSettingsSource,
            dotenv_settings: PydanticBaseSettingsSource,
            file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """The .env `load_settings` read, where it read one, not read again by pydantic."""
        read = _BEING_READ.get()
        if read is not None:
            dotenv_settings = _ReadDotEnv(settings_cls, read)
        return init_settings, env_settings, dotenv_settings, file_secret_settings

    @field_validator("db", "key_file", "words", mode="before")
    @classmethod
    def _from_home(cls, value: object) -> object:
        # Runs after the other checks of these settings (a "before" check defined first runs
        # last), on the value as trimmed.
        return at_home(value) if isinstance(value, str) else value

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        head, _, tail = value.partition(":")
        # BotFather's tokens are digits, a colon and letters, digits, "_" and "-": a tab or a
        # control character pasted into one would be blamed on the network by the first call
        if not head.isdecimal() or len(tail) < 20 or not TOKEN_TAIL.fullmatch(tail):
            raise ValueError("does not look like a bot token from BotFather (digits:letters)")
        return value

    @field_validator("data_key")
    @classmethod
    def _keys_read(cls, value: SecretStr | None) -> SecretStr | None:
        """The keys read as every command reads them (`bot.keys.load_keys`), so a key pasted
        wrong is said with where it was set, as any setting is; never the key itself."""
        # Not trimmed: a key's line is counted as in the value, to find it in a settings file
        text = value.get_secret_value() if value is not None else ""
        if text.strip():
            try:
                parse_keys(text, DATA_KEY)
            except KeyProblem as exc:  # "SOSBOT_DATA_KEY, key 2 of 3: ...": the name is said
                raise _KeyOnLine(_unnamed(str(exc)), exc.line, _unnamed(exc.unlined)) \
                    from None
        return value

    @field_validator("allowed_users", mode="before")
    @classmethod
    def _user_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
            # a Telegram user id is a positive number that fits 64 bits (as every id does)
            bad = [str(n) for n, p in enumerate(parts, 1)
                   if not (p.isdecimal() and len(p) < 20 and 0 < int(p) < 1 << 63)]
            if bad:
                # Which ones, by place: in a list of forty, "must be ids" left the operator to
                # find it. Not quoted: a token pasted onto the wrong line would be logged.
                shown = bad[:4] + ([f"{len(bad) - 4} more"] if len(bad) > 5 else bad[4:])
                which = shown[0] if len(shown) == 1 else \
                    f"{', '.join(shown[:-1])} and {shown[-1]}"
                # never read as several ids: "123 456 789" may be one written in groups
                also = " (a space is no separator: put a comma between two ids)" \
                    if any(len(p.split()) > 1 for p in parts) else ""
                raise ValueError("must be numeric Telegram user ids separated by commas; "
                                 f"{'entry' if len(bad) == 1 else 'entries'} {which} of "
                                 f"{len(parts)} {'is' if len(bad) == 1 else 'are'} not{also}")
            return frozenset(int(p) for p in parts)
        return value

    @field_validator("db", mode="before")
    @classmethod
    def _db_given(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():  # it would be the working folder
            raise ValueError("is empty; give the database file's path, or leave SOSBOT_DB "
                             "out to use sosbot.db")
        if isinstance(value, str) and names_folder(value):
            raise ValueError(AS_FOLDER.format(path=visible(value.strip())))
        if isinstance(value, str) and (uri := as_sqlite_uri(value)):
            raise ValueError(uri)
        return value

    @field_validator("key_file", mode="before")
    @classmethod
    def _key_file_given(cls, value: object) -> object:
        if isinstance(value, str) and names_folder(value):
            raise ValueError(KEY_AS_FOLDER.format(path=visible(value.strip())))
        return value

    @field_validator("words", "key_file", mode="before")
    @classmethod
    def _unset_when_empty(cls, value: object) -> object:
        # `SOSBOT_KEY_FILE=` as .env.example has it: the default, not the folder "."
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("db", "key_file", "words", "listen", mode="before")
    @classmethod
    def _unspaced(cls, value: object) -> object:
        # Docker's --env-file and systemd's Environment="..." keep a space at a value's end:
        # "sosbot.db " would be another database, made empty, and "127.0.0.1 " no address.
        return value.strip() if isinstance(value, str) else value

    @field_validator("db", "key_file", "words", mode="before")
    @classmethod
    def _no_nul(cls, value: object) -> object:
        # a NUL (from a damaged .env) is in no path: opening the file would fail unexplained
        if isinstance(value, str) and "\0" in value:
            raise ValueError("holds a NUL character, which no file's path can; correct it")
        if isinstance(value, str) and (problem := control_problem(value.strip())):
            raise ValueError(problem)
        return value

    @field_validator("db", "key_file", "words", mode="before")
    @classmethod
    def _filled_in(cls, value: object) -> object:
        if isinstance(value, str) and (problem := unfilled(value)):
            raise ValueError(problem)
        return value

    @field_validator("db", "key_file", "words")
    @classmethod
    def _reachable(cls, value: Path | None) -> Path | None:
        # A name too long for the system, or a loop of links, failed later in a traceback
        problem = unreachable(str(value)) if value is not None else None
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("db")
    @classmethod
    def _kept(cls, value: Path) -> Path:
        if str(value) == IN_MEMORY:
            raise ValueError(KEPT_NOWHERE)
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _level_any_case(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _format_any_case(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        # Checked by `run --webhook` alone (webhook_problems, `url_problem`): polling, `chat`,
        # `keys` and `export` never use it, and one left wrong in .env must not stop them.
        return (value.strip() or None) if value is not None else None

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        # Telegram's rule allows no space in a secret, so one at either end was added by
        # the file it came from (Docker's --env-file and systemd keep it).
        # Checked by `run --webhook` alone (webhook_problems): polling, `chat`, `keys` and
        # `export` never use it, and a short one left in .env must not stop them.
        return SecretStr(value.get_secret_value().strip())

    @field_validator("*", mode="before")
    @classmethod
    def _not_quoted(cls, value: object, info: ValidationInfo) -> object:
        # Checked first (a "before" check defined last runs first). .env and systemd take
        # the quotes off a value; Docker's --env-file keeps them, and a path in quotes would
        # be another file (made empty), a token in quotes no token. The webhook's settings
        # are checked by `run --webhook` alone (webhook_problems).
        if info.field_name in WEBHOOK_ONLY:
            return value
        if quoted(value):
            raise ValueError(quotes_said(str(value)))
        if isinstance(value, str) and (mark := stray_quote(value)):
            raise ValueError(f"starts or ends with a quotation mark ({mark}), which would be "
                             "read as part of it; remove it")
        # (the data key's own reading takes "#" on as a comment, as a key file's does)
        if info.field_name != "data_key" and commented(value) and _in_environment(
                cls.model_fields[str(info.field_name)].alias, value):
            path = _path_given(str(info.field_name), str(value))
            if path is None:
                raise ValueError(COMMENT_KEPT)
            if not named_with_hash(path):
                raise ValueError(PATH_COMMENT_KEPT)
        if isinstance(value, str) and value.strip().startswith("="):
            # "SOSBOT_DB==bot.db": a database named "=bot.db", made beside the real one
            raise ValueError('starts with "=" (typed twice?), which would be read as part of '
                             "it; remove it")
        return value

    def webhook_problems(self) -> list[str]:
        """One line per setting `sosbot run --webhook` needs and lacks."""
        problems = []
        if self.webhook_url is None:
            fill = where_to_fill("SOSBOT_WEBHOOK_URL", self._read_from, self._file)
            problems.append("SOSBOT_WEBHOOK_URL: missing; set the public https:// address "
                            "Telegram posts updates to (your reverse proxy's) "
                            f"({fill})")
        else:
            problem = url_problem(self.webhook_url, self.api_root)
            if problem:
                where = where_set("SOSBOT_WEBHOOK_URL", self._read_from, self._file)
                problems.append(f"SOSBOT_WEBHOOK_URL: {visible(problem)} ({where})")
        if self.webhook_secret is None:
            fill = where_to_fill("SOSBOT_WEBHOOK_SECRET", self._read_from, self._file)
            problems.append("SOSBOT_WEBHOOK_SECRET: missing; set a random secret so only "
                            "Telegram's posts are accepted (`openssl rand -hex 32`) "
                            f"({fill})")
        else:
            problem = secret_problem(self.webhook_secret.get_secret_value())
            if problem:  # never the secret itself: where it was set, to find it there
                where = where_set("SOSBOT_WEBHOOK_SECRET", self._read_from, self._file)
                problems.append(f"SOSBOT_WEBHOOK_SECRET: {problem} ({where})")
        return problems

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not value.strip().startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ValueError("must start with sqlite:/// or postgresql://")
        if "\0" in value:
            raise ValueError("holds a NUL character; correct it")
        problem = _port_problem(value.strip())
        if problem:
            raise ValueError(problem)
        if value.strip().startswith("sqlite:///"):  # a file's path, perhaps under ~
            path = at_home(value.strip().removeprefix("sqlite:///"))
            if "?" in path:
                # "sqlite:///cases.db?mode=ro", as other programs' URLs take options: sosbot
                # reads none, and opened a new, empty database named "cases.db?mode=ro"
                name, _, options = path.partition("?")
                raise ValueError(f"has options after \"?\" ({visible(options)}), which sosbot "
                                 f"does not read: the database would be a file named "
                                 f"\"{visible(path)}\", not {visible(name)}; give the path "
                                 f"alone (sqlite:///{visible(name)}), or a file of that odd "
                                 "name as SOSBOT_DB")
            if path == IN_MEMORY:
                raise ValueError(f"names {IN_MEMORY}, which {KEPT_NOWHERE}")
            if problem := unfilled(path):
                raise ValueError(problem)
            if pasted := control_problem(path):
                raise ValueError(pasted)
            if uri := as_sqlite_uri(path):
                raise ValueError(f"names a file whose path {uri}")
            if names_folder(path):
                raise ValueError(AS_FOLDER.format(path=visible(path)))
            problem = unreachable(path)
            if problem:
                raise ValueError(f"names a file whose path {problem}")
            return "sqlite:///" + path
        server = value.strip().partition("://")[2].split("/", 1)[0].split("?", 1)[0]
        if server.count("@") > 1:
            # the driver reads the password as ending at its first "@", and the rest as the
            # server's name: "cannot be reached; check the host" was said of a right host
            raise ValueError("has more than one @ before the server's name, so the password "
                             "would be read as ending at the first; write an @ in the "
                             "password as %40 (and : / ? # as %3A %2F %3F %23)")
        if problem := postgres_url_problem(value.strip()):
            raise ValueError(problem)
        return value.strip()

    @property
    def api_root_shown(self) -> str:
        """SOSBOT_API_ROOT as an error may quote it: without a user name and password (a Bot
        API server behind a proxy that asks for them)."""
        return without_login(self.api_root)

    @property
    def secrets(self) -> tuple[str, ...]:
        """What no output may show: the token, any login in SOSBOT_API_ROOT, and the webhook's
        secret (an address made of it, as the token is put in one, was logged with it)."""
        login = self.api_root.partition("://")[2].split("/", 1)[0].rpartition("@")[0]
        webhook = self.webhook_secret.get_secret_value() if self.webhook_secret else ""
        return tuple(s for s in (self.telegram_bot_token, login, login.partition(":")[2],
                                 webhook) if s)

    def database(self) -> Path | str:
        """SOSBOT_DATABASE_URL if set (a sqlite:/// URL as its path), else SOSBOT_DB."""
        url = self.database_url
        if url is None:
            return self.db
        return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else url

    @field_validator("api_root")
    @classmethod
    def _root(cls, value: str) -> str:
        value = value.strip()  # kept by Docker's --env-file and systemd's quotes
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        _check_address(value)
        return value.rstrip("/")


WEBHOOK_PORTS = (443, 80, 88, 8443)  # the only ports Telegram posts updates to


_BEING_READ: contextvars.ContextVar[SettingsFile | None] = contextvars.ContextVar(
    "sosbot_settings_file", default=None)


class _ReadDotEnv(DotEnvSettingsSource):
    """pydantic's .env source, given the values `load_settings` read from it."""

    def __init__(self, settings_cls: type[BaseSettings], read: SettingsFile) -> None:
        self._read = read
        super().__init__(settings_cls, env_file=read.path)

    def _load_env_vars(self) -> dict[str, str | None]:
        # names as pydantic's own .env source gives them: in small letters (not case_sensitive)
        return {name if self.case_sensitive else name.lower(): value
                for name, value in self._read.values.items()}


def _check_address(url: str) -> None:
    """Refuse (ValueError) an address no request can go to, before anything is started: the
    request failed later with the HTTP library's own words ("Invalid port: 'abc'", an
    ExceptionGroup, "missing an 'http://' or 'https://' protocol" for one that has it), and
    quoted the address back raw, a terminal escape pasted into it included."""
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise ValueError("holds a space or a character that is not printed (pasted in with "
                         "it?); an address has none")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # "Port out of range", "Port could not be cast", "Invalid IPv6 URL"
        raise ValueError("has a port that is not a number from 1 to 65535, or a [ without "
                         "its ]; correct it") from None
    if not parts.hostname:
        raise ValueError("names no server after the //; give its address")
    if port == 0:
        raise ValueError("has the port 0, and a port is a number from 1 to 65535; correct it")


class _KeyOnLine(ValueError):
    """A data key pasted wrong, on `line` of a setting's value of several lines."""

    def __init__(self, message: str, line: int | None, unlined: str) -> None:
        super().__init__(message)
        self.line, self.unlined = line, unlined


def _unnamed(said: str) -> str:
    return said.removeprefix(DATA_KEY).removeprefix(": ").lstrip()


def _key_in_file(err: Any, name: str, env_file: Path | None, read: SettingsFile | None
                 ) -> tuple[str, str] | None:
    """For a data key pasted wrong on a later line of a setting written over several lines
    of a settings file: what is wrong, without the line of the value, and the file's own line
    the key is on ("set in .env, line 3"), so that one line is named, and the file's."""
    cause = (err.get("ctx") or {}).get("error")
    if not isinstance(cause, _KeyOnLine) or cause.line is None:
        return None
    if env_file is None and any(given.upper() == name for given in os.environ):
        return None  # the environment's, which has no lines of a file
    path = env_file if env_file is not None else Path(".env")  # one that sets it wins
    found = _as_read(path, read)
    line = found.value_line(name, cause.line) if found is not None else None
    if line is None:
        return None
    return cause.unlined, f"set in {path}, line {line}"


def load_settings(env_file: Path | None = None, **overrides: Any) -> Settings:
    """Read settings, or raise ConfigError with one line per bad setting. `env_file`: the
    file the deployment keeps its settings in (systemd's EnvironmentFile, the `.env` of the
    folder `sosbot run` starts in), read instead of `.env` here; a setting it holds wins over
    the environment's, as it does for the service that reads it. The file is read once, and
    every check of it reads that."""
    read = _given_file(env_file) if env_file is not None else _dot_env()
    if read is not None:
        _every_line_read(read)
        _references_set(read)
    if env_file is not None and read is not None:
        _read_alike(read)
        overrides = {**_file_values(read), **overrides}
    # (.env's values: `_BEING_READ`, unless a caller named its own file, or none, to read)
    being_read = _BEING_READ.set(None if env_file is not None or "_env_file" in overrides
                                 else read)
    try:
        settings = Settings(**{"_env_file": None, **overrides})
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else "settings"
            alias = Settings.model_fields[field].alias if field in Settings.model_fields else None
            said = _number_wanted(field, err["input"]) if err["type"] in _NOT_A_NUMBER \
                else None
            # pydantic's "Value error, " not ours; a path quoted in it shown as it is written
            said = said or visible(err["msg"].removeprefix("Value error, "))
            where = where_set(alias or field, env_file, read)
            if (in_file := _key_in_file(err, alias or field, env_file, read)) is not None:
                said, where = visible(in_file[0]), in_file[1]
            said = said if said.startswith(", ") else ": " + said  # ", key 2 of 3: ..."
            lines.append(f"{alias or field}{said} ({where})")
        raise ConfigError("\n".join(lines)) from None
    finally:
        _BEING_READ.reset(being_read)
    unknown = _unknown_names(read)
    if unknown:
        raise ConfigError("\n".join(unknown))
    if read is not None:
        _set_once(read)
    settings._read_from = env_file
    settings._file = read
    return settings


# Pydantic's reasons a number setting was not taken ("nan" said to be "less than or equal
# to 6000", "-1" "greater than 0", thousands of digits "exceeded maximum size"): each said
# instead as the value and what a valid one is.
_NOT_A_NUMBER = frozenset({
    "int_parsing", "int_parsing_size", "int_from_float", "int_type", "float_parsing",
    "float_type", "finite_number", "greater_than", "greater_than_equal", "less_than",
    "less_than_equal"})


def _number_wanted(field: str, given: object) -> str | None:
    """'"nan" won't work here; give a number from 0.01 to 6000 (it is 30 if left
    out)': what a number setting takes; None for a setting that is no number."""
    info = Settings.model_fields.get(field) or next(
        (f for f in Settings.model_fields.values() if f.alias == field), None)
    if info is None or info.annotation not in (int, float):
        return None
    low: object = None
    high: object = None
    above = False
    for bound in info.metadata:
        if isinstance(bound, annotated_types.Ge):
            low = bound.ge
        elif isinstance(bound, annotated_types.Gt):
            low, above = bound.gt, True
        elif isinstance(bound, annotated_types.Le):
            high = bound.le
    whole = info.annotation is int
    kind = "a whole number" if whole else "a number"
    if low is not None and high is not None:
        valid = (f"{kind} above {low} and at most {high}" if above
                 else f"{kind} from {low} to {high}")
    elif low is not None:
        valid = f"{kind} {'above' if above else 'of at least'} {low}"
    else:
        valid = kind
    shown = visible(" ".join(str(given).split()))
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return f'"{shown}" won\'t work here; give {valid} (it is {info.default} if left out)'


def visible(text: str) -> str:
    """A value as it is written, to quote back: a character that is not printed (a terminal's
    escape, a direction override, a control character) is shown as its code, `\\x1b`, so the
    operator's terminal does not act on it and the value does not look like another."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode()
                   for ch in text)


def where_set(name: str, env_file: Path | None = None, read: SettingsFile | None = None
              ) -> str:
    """Where the setting `name` that won was set, for an error about its value: the file
    and line, or the environment. The file read first: with `env_file` it wins over the
    environment, and the environment wins over `.env`. `read`: the file as start-up read
    it, looked in rather than read again."""
    if env_file is not None:
        line = _line_of(env_file, name, read)
        if line is not None:
            return f"set in {env_file}, line {line}"
    if any(given.upper() == name for given in os.environ):
        # systemd's EnvironmentFile, which the unit names in SOSBOT_SETTINGS_FROM (main.env
        # or second.env: the journal said only "the environment")
        unit = unit_settings()
        return f"set in the environment, from {unit}" if unit else "set in the environment"
    line = _line_of(Path(".env"), name, read) if env_file is None else None
    if line is not None:
        return f"set in .env, line {line}"
    return "set it in the environment or .env"


def both_databases(settings: Settings) -> str | None:
    """What is said when SOSBOT_DATABASE_URL and SOSBOT_DB are both set: which is used, and
    where each is set. Not refused: the README's PostgreSQL steps add the URL to a main.env
    whose example sets SOSBOT_DB, so every such council has both; but an operator who backs
    up, or points at another, the SQLite file is told the bot does not read it."""
    env_file = settings._read_from
    if settings.database_url is None:
        return None
    db_set = where_set("SOSBOT_DB", env_file, settings._file)
    if not db_set.startswith("set in "):
        return None  # SOSBOT_DB left at its default
    used = settings.database()
    try:
        if isinstance(used, Path) and used.resolve() == settings.db.resolve():
            return None  # a sqlite:/// URL to the same file: nothing is hidden
    except (OSError, RuntimeError):  # a loop of links: said where the database is opened
        pass
    url_set = where_set("SOSBOT_DATABASE_URL", env_file, settings._file)
    return (f"SOSBOT_DATABASE_URL ({url_set}) is the database used; SOSBOT_DB ({db_set}) is "
            "not read while it is set, as the URL wins; remove (or comment out) the one you "
            "do not mean, and this is not said again.")


def overridden(read: SettingsFile | None, *, webhook: bool) -> list[str]:
    """One line per setting `.env` sets that the environment sets to another value, which
    wins: a shell's `export SOSBOT_DB=test.db`, left from trying sosbot out, sent `sosbot
    invite` to another database than the .env in the bot's folder names, unseen. Not
    refused (a container's -e is meant to win over a .env baked into it); neither value said.
    The webhook's settings only for `run --webhook` (`webhook`), the one command they are
    read by. `read`: `.env` as start-up read it."""
    if read is None:
        return []
    known = {field.alias for name, field in Settings.model_fields.items()
             if field.alias and (webhook or name not in WEBHOOK_ONLY)}
    bindings = [b for b in read.bindings if b.key is not None and not b.error
                and b.value is not None and b.key.upper() in known]
    environment = {name.upper(): value for name, value in os.environ.items()}
    lines = []
    for name in dict.fromkeys(b.key.upper() for b in bindings if b.key is not None):
        # the last of a name's lines is the one read (two that differ are refused)
        line, value = next((_line(b), b.value) for b in reversed(bindings)
                           if b.key is not None and b.key.upper() == name)
        given = environment.get(name)
        if given is not None and given.strip() != (value or "").strip() and not (
                quoted(given.strip()) and given.strip()[1:-1] == (value or "").strip()):
            # (the one in quotation marks is refused, or said to be, on its own)
            lines.append(f"{name} is set in the environment and in .env, line {line}, to "
                         "different values: the environment's is used; unset it there (or "
                         "make the two agree) if .env's is the one you mean.")
    return lines


def start_notes(settings: Settings, *, webhook: bool = False) -> list[str]:
    """What a command says before it begins, for settings it reads that another one hides
    (`webhook`: the command is `run --webhook`), and a settings file holding a secret that
    other users can read."""
    both = both_databases(settings)
    readable = secrets_readable(settings._file)
    return ([both] if both else []) + ([readable] if readable else []) + (
        overridden(settings._file, webhook=webhook) if settings._read_from is None else [])


# What a settings file can hold that lets whoever reads it read the answers (the data key) or
# be the bot (its token, the webhook's secret).
SECRET_SETTINGS = ("SOSBOT_DATA_KEY", "TELEGRAM_BOT_TOKEN", "SOSBOT_WEBHOOK_SECRET")


def secrets_readable(read: SettingsFile | None) -> str | None:
    """The note for a settings file that sets a secret and that its group or others can read
    (`cp .env.example .env` makes it so under the usual umask), or None. A key file so
    readable is refused; the same key in .env was read without a word."""
    if read is None:
        return None
    held = [name for name in SECRET_SETTINGS if (read.values.get(name) or "").strip()]
    try:
        mode = read.path.stat().st_mode & 0o777
    except OSError:
        return None
    if not held or not mode & 0o044:
        return None
    return (f"{visible(read.shown)} sets {' and '.join(held)} and can be read by other users "
            f"(mode {mode:o}); run `chmod 600 {shlex.quote(visible(read.shown))}`, as a key "
            "file must be.")


def unit_settings() -> str | None:
    """The env file systemd read the settings from, as the unit names it in
    SOSBOT_SETTINGS_FROM (/etc/sosbot/main.env), shown as written; None outside the unit."""
    unit = next((value.strip() for key, value in os.environ.items()
                 if key.upper() == "SOSBOT_SETTINGS_FROM" and value.strip()), "")
    return visible(unit) or None


def where_to_fill(name: str, env_file: Path | None = None, read: SettingsFile | None = None
                  ) -> str:
    """Where the operator puts the missing setting `name`, for a line saying it is missing:
    the line that sets it empty, or the file the deployment reads (systemd's env file, which
    the unit names in SOSBOT_SETTINGS_FROM; --env-file; .env), as a wrong value's line
    names where it was set."""
    given = where_set(name, env_file, read)
    if given.startswith("set in "):
        return "empty in " + given.removeprefix("set in ")
    unit = unit_settings()
    if unit:
        return f"set it in {unit}"
    if env_file is not None:
        return f"set it in {env_file}"
    if Path(".env").is_file():
        return f"set it in .env, in {Path.cwd()}"
    return "set it in .env in the folder sosbot starts in, or in the environment"


def _line_of(path: Path, name: str, read: SettingsFile | None = None) -> int | None:
    """The line of `path` that sets `name` (the last, which wins, as dotenv reads it), or
    None when none does or the file cannot be read."""
    found = _as_read(path, read)
    return found.line_of(name) if found is not None else None


def _as_read(path: Path, read: SettingsFile | None) -> SettingsFile | None:
    """`path` as start-up read it (`read`), or read now for a line naming where a setting
    was set once a command has begun; None where it cannot be read."""
    if read is not None and read.path == path:
        return read
    return settings_file.quietly(path)


_line = settings_file.line_of


def _dot_env() -> SettingsFile | None:
    """The `.env` of the folder sosbot started in, read, or None where there is none. One
    that is there but is no file sosbot can read (a folder, which Docker makes where a file
    it was told to mount is missing; a link to a file that is gone; a disk failing as it is
    read) would be passed over without a word, and every setting in it with it: the chat
    would then use another database, the bot another retention period. Said in one line
    instead."""
    env = Path(".env")
    try:
        env.lstat()
    except FileNotFoundError:
        return None
    except PermissionError:
        # `sudo -u sosbot ...` typed in root's home: a PermissionError traceback, until now
        raise ConfigError(f".env: this user may not look in the folder sosbot was started in "
                          f"({Path.cwd()}), so a .env there could not be read; `cd` to a "
                          "folder it can read (the database's) and start sosbot again.") from None
    except OSError:
        pass  # a name too long, a loop: said below as a .env that is not a file
    if env.is_file():
        return _read_dot_env(env)
    if not (env.exists() or env.is_symlink()):
        return None
    if env.is_dir():
        raise ConfigError(".env: is a folder, not a file, so no setting was read from it "
                          "(Docker makes a folder where a file it mounts is missing); put "
                          "the settings file there, or remove the folder.")
    if env.is_symlink() and not env.exists():
        raise ConfigError(f".env: is a link to {os.readlink(env)}, which is not there, so "
                          "no setting was read from it; correct the link or remove it.")
    raise ConfigError(".env: is not a regular file, so no setting was read from it; make "
                      "it a file or remove it.")


def _read_dot_env(env: Path) -> SettingsFile:
    try:
        return settings_file.read(env, ".env", given=False)
    except PermissionError:  # root's own, copied in: a traceback, until now
        raise ConfigError(".env: this user may not read it, so no setting could be read "
                          "from it; let the user sosbot runs as read it (chown), or start "
                          "sosbot from another folder.") from None
    except OSError as exc:  # a failing disk or share: a traceback from dotenv's parser
        raise ConfigError(f".env: could not be read ({exc.strerror or exc}), so no setting "
                          f"was read from it (in {Path.cwd()}); mend or replace the file "
                          "and start sosbot again.") from None
    except UnicodeDecodeError as exc:
        line = exc.object.count(b"\n", 0, exc.start) + 1
        raise ConfigError(f".env:{line}: the file is not UTF-8 text; save it as UTF-8.") \
            from None


def _given_file(env_file: Path) -> SettingsFile:
    """The file --env-file names, read."""
    without_control(str(env_file), "--env-file")
    problem = unreachable(str(env_file))
    if problem:
        raise ConfigError(f"--env-file: {env_file} {problem}.")
    if not env_file.is_file():
        raise ConfigError(f"--env-file: {_not_a_file(env_file)}; give the file the bot's "
                          "service reads its settings from.")
    try:
        return settings_file.read(env_file, f"--env-file: {env_file}", given=True)
    except OSError as exc:
        raise ConfigError(f"--env-file: can't read {env_file} ({exc.strerror or exc}); give "
                          "the file the bot's service reads its settings from.") from None
    except UnicodeDecodeError:
        raise ConfigError(f"--env-file: {env_file} is not UTF-8 text; save it as UTF-8.") \
            from None


def _not_a_file(path: Path) -> str:
    """What `path`, given as a settings file, is instead: `--env-file <(sudo cat main.env)`
    gives a pipe (/dev/fd/63), which was said to be "no file at /dev/fd/63"."""
    if path.is_dir():
        return f"{path} is a folder, not a file"
    if path.exists():
        return f"{path} is a pipe or a device, not a file (`<(...)` gives a pipe)"
    return f"there is no file at {path}"


_NAME_FIRST = on_first_use(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)")


def _every_line_read(read: SettingsFile) -> None:
    """Refuse a settings file with a line python-dotenv cannot read (`SOSBOT_DRAFT_DAYS 7`, a
    quotation mark not closed), or a setting's name with no `=` after it: dotenv passed over
    such a line with a warning naming no file, and the setting in it (and, after an open
    quotation mark, every line up to the next one) was left at its default unseen: another
    database, made empty, with a new key; a longer retention. Nothing of the line is quoted:
    it may hold the token."""
    known = _setting_names()
    for binding in read.bindings:
        unread = binding.error or (binding.key is not None and binding.value is None
                                   and binding.key.upper() in known)
        if not unread:
            continue
        named = _NAME_FIRST.match(binding.original.string)
        what = f"the setting {named.group(1)}" if named else "this line"
        raise ConfigError(f"{read.shown}, line {_line(binding)}: {what} could not be read "
                          "(it is not NAME=value, or a quotation mark in it is not closed on "
                          "its line); correct it: left out, it would be at its default unseen.")


def _setting_names() -> set[str]:
    """sosbot's settings as a settings file names them (SOSBOT_DB, TELEGRAM_BOT_TOKEN...)."""
    return {field.alias for field in Settings.model_fields.values() if field.alias}


# python-dotenv's ${NAME} (or ${NAME:-default}) in a value, which it fills in
_REFERENCE = on_first_use(r"\$\{([^}:]*)(:-[^}]*)?\}")


def _references_set(read: SettingsFile) -> None:
    """Refuse a setting whose value names a variable set neither in the environment nor
    above it in the file, with no default (`SOSBOT_DB=${STATE_DIRECTORY}/bot.db`, copied
    from a unit that sets it): python-dotenv reads it as nothing, and the database was made
    at /bot.db, unseen. Named by the variable, never a value."""
    known = _setting_names()
    defined = set(os.environ)
    shown = read.shown
    for binding in read.bindings:
        if binding.key is None or binding.error:
            continue
        if binding.key.upper() in known:
            unset = next((m.group(1) for m in _REFERENCE.finditer(binding.value or "")
                          if m.group(2) is None and m.group(1) not in defined), None)
            if unset is not None:
                raise ConfigError(
                    f"{shown}, line {_line(binding)}: {binding.key.upper()} names "
                    f"${{{visible(unset)}}}, which is set neither in the environment nor "
                    f"above it in {shown.removeprefix('--env-file: ')}, so it would be read "
                    f"as nothing; set {visible(unset)}, or write the value out in full.")
        defined.add(binding.key)


def _set_once(read: SettingsFile) -> None:
    """Refuse a settings file that sets a setting twice, to different values: the last one
    is used, as dotenv reads it, so a change made on the other (the example's line, near
    the top) did nothing, unseen. Neither value is quoted: a line may hold the token."""
    known = _setting_names()
    first: dict[str, tuple[int, str | None]] = {}  # a setting's first line, and its value
    for binding in read.bindings:
        name = binding.key.upper() if binding.key is not None else None
        if name not in known or binding.error:
            continue
        line, value = first.setdefault(name, (_line(binding), binding.value))
        if value != binding.value:
            raise ConfigError(f"{read.shown}, lines {line} and {_line(binding)}: {name} is "
                              "set twice, to different values, and only the second would be "
                              "used; keep one of them.")


_PATHS = {"SOSBOT_DB": "db", "SOSBOT_KEY_FILE": "key_file", "SOSBOT_WORDS": "words",
          "SOSBOT_DATABASE_URL": "database_url"}


def _read_alike(read: SettingsFile) -> None:
    """Refuse a path written without quotation marks whose " #" python-dotenv takes for a
    comment's start and systemd keeps, where the path as systemd reads it is one the bot
    takes (its folder "team #2" is there, `named_with_hash`): the bot, under systemd, used
    that folder's database, and a command given the file (`invite --env-file`) made a new
    one at ".../team". Nothing of the line is quoted: it may hold the token."""
    for binding in read.bindings:
        name = binding.key.upper() if binding.key is not None else None
        if name not in _PATHS or binding.error:
            continue
        written = binding.original.string.strip().partition("=")[2].strip()
        if not written or written[0] in "\"'" or "\n" in written:
            continue  # in quotation marks: both read it alike
        given = _path_given(_PATHS[name], written)
        if given is not None and commented(given) and (binding.value or "") != written \
                and named_with_hash(given):
            raise ConfigError(
                f"{read.shown}, line {_line(binding)}: {name} holds \" #\" outside quotation "
                "marks, which systemd reads as part of the path (a folder of that name is "
                "there) and this command as a comment, so the two would use different "
                "files; put the value in quotation marks, which both read alike.")


def _file_values(read: SettingsFile) -> dict[str, str]:
    """The settings an env file sets, by name (a name in any case, as the environment's)."""
    return {name.upper(): value for name, value in read.values.items() if value is not None}


def setting_source(name: str, read: SettingsFile | None) -> str:
    """Where the setting `name` was read from, in words, for a command to say. `read`: the
    settings file start-up read (`Settings._file`)."""
    if read is not None and read.given and name in _file_values(read):
        return f"from {read.path}"
    if any(given.upper() == name for given in os.environ):
        return "from the environment"
    if read is not None and not read.given and any(given.upper() == name
                                                   for given in read.values):
        return f"from {Path('.env').resolve()}"
    return "the default: set nowhere"


def _unknown_names(read: SettingsFile | None) -> list[str]:
    """One line per SOSBOT_ name in the environment or the settings file start-up read (`.env`
    or --env-file's) that is no setting, with where it is set: a misspelt one would otherwise
    leave its default in force unseen (a retention period, say)."""
    known = _setting_names()
    env_file = read.path if read is not None and read.given else None
    if read is None:
        dotenv: dict[str, Any] = {}
    else:
        dotenv = dict(_file_values(read)) if read.given else read.values
    given = set(os.environ) | set(dotenv)
    lines = []
    # pydantic reads names in any case (sosbot_draft_days=7 is honoured): compared likewise
    for name in sorted(n for n in given
                       if n.upper().startswith("SOSBOT_") and n.upper() not in known):
        close = difflib.get_close_matches(name.upper(), sorted(known), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        lines.append(f"{visible(name)}: not a setting sosbot knows{hint}; correct or remove "
                     f"it ({where_set(name.upper(), env_file, read)}; .env.example lists "
                     "every setting)")
    return lines


def placed(db: Path | str) -> str:
    """A database (or its key file) for a message about finding it: a relative path with
    the folder it was read from. Relative to the folder the command runs in, as the bot's
    is to its working folder (the service's WorkingDirectory), never to the settings file's
    folder: an operator running `sosbot purge --env-file /etc/sosbot/main.env` from
    elsewhere was told only "no database at sosbot.db", and looked for it beside the
    settings file."""
    if isinstance(db, Path) and not db.is_absolute():
        return (f"{db} ({db.absolute()}: a relative path is read from the folder the command "
                "runs in)")
    return str(db)


def existing_database(db: Path | str) -> Path | str:
    """`db`, for a command that works on the data a bot or chat already holds (`invite`,
    `purge`, `keys list|rotate|retire|encrypt`): a SQLite file that is not there is a
    mistyped path, not a new database to make (and report on, or invite into, as if it were
    the bot's)."""
    if isinstance(db, Path) and not db.exists():
        raise ConfigError(f"there is no database at {placed(db)}. Use --db or SOSBOT_DB to "
                          "point at the bot's database (`sosbot run` or `sosbot chat` makes it "
                          "when first started).")
    if isinstance(db, Path) and not db.is_file() and not db.is_dir():
        # `--db /dev/sdb1`: told to make a data key in /dev, it was
        raise ConfigError(f"{db} is not a database file (a device or a pipe); use --db or "
                          "SOSBOT_DB to point at the bot's database file.")
    return db


def database_option(given: str) -> Path | str:
    """`--db`: a SQLite file's path, or a URL as SOSBOT_DATABASE_URL takes one."""
    if not given.strip():  # `--db "$DB"` with DB unset: not "the default file", silently
        raise ConfigError("--db: is empty; give the database file's path, or leave --db out "
                          "to use SOSBOT_DATABASE_URL, SOSBOT_DB or sosbot.db.")
    if is_postgres(given):
        problem = _port_problem(given) or postgres_url_problem(given)
        if problem:
            raise ConfigError(f"--db: {problem}.")
        return given
    if "://" in given and not given.startswith("sqlite:///"):
        raise ConfigError("--db: give a SQLite file's path, or a postgresql:// or sqlite:/// "
                          f"URL (not {given.split('://')[0]}://...).")
    if "\0" not in given:
        without_control(given, "--db")
    path = at_home(given.removeprefix("sqlite:///"), "--db")
    if path == IN_MEMORY:
        raise ConfigError(f"--db: {path} {KEPT_NOWHERE}.")
    if uri := as_sqlite_uri(path):
        raise ConfigError(f"--db: {visible(path)} {uri}.")
    if names_folder(path):
        raise ConfigError(f"--db: {path} " + AS_FOLDER.format(path=path) + ".")
    return Path(reachable(path, "--db"))


# A variable named in a path: `${STATE_DIRECTORY}/bot.db`, as the unit's StateDirectory= sets
# it for the service. systemd's env file (and Docker's --env-file) fill in none, and .env's
# reader none in single quotation marks, so the file went in a new folder of that name.
_VARIABLE = on_first_use(r"\$(?:\{[^}]*\}|[A-Z_][A-Z0-9_]*)")


def unfilled(path: str) -> str | None:
    """Why a path naming a variable is refused, or None for one naming none."""
    found = _VARIABLE.search(path)
    if found is None:
        return None
    return (f"names {visible(found.group())}, which is not filled in (systemd's env file "
            "reads a value as written), so the file would be in a new folder of that name; "
            "write the path out in full")


def control_problem(path: str) -> str | None:
    """Why a path holding a line break, a tab or another control character is refused: a
    pasted "cases\\n.db" made a second, empty database whose name listed as two lines, and
    each message quoting it broke across two. So is one holding an invisible character (a
    zero-width space, a byte-order or direction mark, copied with it from a chat or a web
    page): its database listed as "bot.db", beside the real one. None for a path without."""
    found = next((ch for ch in path if unicodedata.category(ch) in ("Cc", "Cf")), None)
    if found is None:
        return None
    kind = "a control" if unicodedata.category(found) == "Cc" else "an invisible"
    return (f"holds {kind} character ({visible(found)}), most likely pasted in with it by "
            f"mistake; give the path without it: {visible(path)}")


def unreachable(path: str) -> str | None:
    """Why no file can be at `path` on this system, as a setting's message says it: a name
    too long for it, or a link that leads back to itself. None otherwise (a folder that is
    not there yet, a permission: opening the file says those)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return ("is too long for a file's path on this system (a name in it is over 255 "
                    "bytes, or the whole path over 4,096); give a shorter one")
        if exc.errno == errno.ELOOP:
            return ("is a link that leads back to itself (a loop of symbolic links); point "
                    "it at the file, or give the file's own path")
    except ValueError:  # a NUL in it, which its own check names
        return None
    return None


def without_control(path: str, option: str) -> str:
    """`path`, given as the command-line option `option`, when it holds no control character
    (a line break pasted with it): one with one is refused in one line, shown as codes."""
    problem = control_problem(path)
    if problem:
        raise ConfigError(f"{option}: {problem}.")
    return path


def reachable(path: str, option: str) -> str:
    """`path`, given as the command-line option `option`, when a file can be at it."""
    without_control(path, option)
    problem = unreachable(path)
    if problem:
        raise ConfigError(f"{option}: {path} {problem}.")
    return path


def at_home(path: str, option: str | None = None) -> str:
    """A file's path with a leading `~` (`~/sosbot.db`, `~sosbot/sosbot.db`) read as the
    home folder, as a shell reads it. Neither `.env`, systemd's EnvironmentFile nor the
    shell in `--db=~/x.db` expands it, and the database was then made in a new folder named
    "~" in the working folder, where nobody would look for it (and where removing it with
    `rm -r ~` would remove the home folder instead). A home that cannot be found is said,
    naming the setting (`option`, or the one being validated)."""
    if not path.startswith("~"):
        return path
    try:
        return str(Path(path).expanduser())
    except RuntimeError:  # no HOME, or no such user
        said = (f"starts with {visible(path.split('/', 1)[0])}, a home folder that cannot be found "
                "here; give the full path")
        if option is None:
            raise ValueError(said) from None
        raise ConfigError(f"{option}: {said}.") from None


def without_login(url: str) -> str:
    """An http(s) URL without the `user:password@` before its host."""
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme}{sep}{host.rpartition('@')[2]}{slash}{path}" if sep else url


def _port_problem(url: str) -> str | None:
    """Why a postgresql:// URL's port cannot be one (past 65535), or None. The driver reads
    such a port and the connection then fails deep in the socket call, in a traceback; the
    URL (its password left out) is not quoted here."""
    if not is_postgres(url):
        return None
    hosts = url.partition("://")[2].split("/", 1)[0].split("?", 1)[0].rpartition("@")[2]
    for host in hosts.split(","):
        port = host.rpartition("]")[2] if host.startswith("[") else host
        digits = port.rpartition(":")[2] if ":" in port else ""
        if digits.isdecimal() and int(digits) > 65535:
            return (f"has the port {int(digits)}, and a port is a number from 1 to 65535 "
                    "(PostgreSQL's is usually 5432); correct it")
    return None
