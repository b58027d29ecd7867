"""The webhook server's aiohttp runner: no answer names the software behind the port, and a
request too malformed to route is a plain 400 (aiohttp's own said which parser choked on
which byte, quoting the line sent, under "Server: Python/3.11 aiohttp/3.x")."""

from __future__ import annotations

from http import HTTPStatus

from aiohttp import hdrs, web
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest


class Runner(web.AppRunner):
    """An AppRunner whose connections answer what aiohttp cannot parse or serve plainly."""

    async def _make_server(self) -> web.Server:
        made = await super()._make_server()
        # the application makes its Server itself, with no say in the connections' class
        made.__class__ = _Server
        return made


class _Server(web.Server):
    def __call__(self) -> RequestHandler:
        return _PlainErrors(self, loop=self._loop, **self._kwargs)


class _PlainErrors(RequestHandler):
    __slots__ = ()

    def handle_error(self, request: BaseRequest, status: int = 500,
                     exc: BaseException | None = None,
                     message: str | None = None) -> web.StreamResponse:
        """The status and its phrase alone, as a routed error's answer reads ("400: Bad
        Request"); aiohttp logs the failure as before (one line, no content: bot.logs)."""
        super().handle_error(request, status, exc)
        answer = _Unnamed(status=status, text=f"{status}: {HTTPStatus(status).phrase}")
        answer.force_close()
        return answer


class _Unnamed(web.Response):
    """A response without the Server header: an error too early to route never reaches the
    application's on_response_prepare, where every other answer loses it."""

    async def _prepare_headers(self) -> None:
        await super()._prepare_headers()
        self.headers.popall(hdrs.SERVER, None)
