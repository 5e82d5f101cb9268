"""The web pages: server-rendered (Jinja2, every value escaped), with small scripts under /static.

Pages that need a shopper redirect to the sign-in page. A page's writes go to the JSON API from the page's
own script (same origin, an idempotency key per action), so the pages add no second way to change anything.
Stable ``id``s and ``data-test`` attributes mark what browser tests drive.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, Field

from errand.domain.aftersales import change_digest
from errand.domain.approval import quote_digest
from errand.domain.money import format_minor
from errand.domain.watch import PriceWatchStatus

from . import listing, service
from .aftersales_view import change_view
from .auth import Shopper, end_session, optional_shopper, same_origin, start_session
from .charts import price_chart_svg
from .errors import ApiError
from .state import api_state

router = APIRouter(include_in_schema=False)
TEMPLATES = Path(__file__).parent / "templates"
env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True, default_for_string=True))


def _money(amount: int | None, currency: str = "CNY") -> str:
    return "—" if amount is None else format_minor(amount, currency)


def _when(value: Any) -> str:
    text = str(value or "")
    return text.replace("T", " ")[:16]


env.filters["money"] = _money
env.filters["when"] = _when
env.filters["words"] = lambda text: str(text or "").replace("_", " ")


def render(name: str, request: Request, status_code: int = 200, **context: Any) -> HTMLResponse:
    shopper = optional_shopper(request)
    html = env.get_template(name).render(shopper=shopper, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code, headers={"Cache-Control": "no-store"})


def _signin() -> RedirectResponse:
    return RedirectResponse("/signin", status_code=303)


@router.get("/")
async def home(request: Request) -> Response:
    return RedirectResponse("/app/chat" if optional_shopper(request) else "/signin", status_code=303)


@router.get("/signin")
async def signin(request: Request) -> HTMLResponse:
    return render("signin.html", request)


class TokenSignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    token: str = Field(min_length=10, max_length=200)


@router.post("/session")
async def sign_in_with_token(request: Request, body: TokenSignIn) -> Response:
    """Sign a browser in with a shopper API token (for a shop's own staff and the local stack; shoppers use
    their passkey). Same-origin only, so no other site can sign a browser in."""
    if not same_origin(request):
        raise ApiError(403, "cross_origin", "sign in from this site's own page")
    shopper_id = api_state(request).store.token_shopper(body.token)
    if shopper_id is None:
        raise ApiError(401, "unauthenticated", "that token is not valid")
    response = JSONResponse({"shopper_id": shopper_id})
    start_session(response, shopper_id, request)
    return response


@router.post("/session/end")
async def sign_out(request: Request) -> Response:
    if not same_origin(request):
        raise ApiError(403, "cross_origin", "sign out from this site's own page")
    response = JSONResponse({"signed_out": True})
    end_session(response, request)
    return response


@router.get("/app/chat")
async def chat_page(request: Request) -> Response:
    if optional_shopper(request) is None:
        return _signin()
    return render("chat.html", request)


@router.get("/app/errands")
async def errands_page(request: Request) -> Response:
    shopper = optional_shopper(request)
    if shopper is None:
        return _signin()
    state = api_state(request)
    unreachable = False
    try:
        rows: list[Any] = await listing.errands_of(state, shopper.shopper_id, 50)
    except ApiError as exc:
        if exc.status != 503:
            raise
        # Temporal out of reach: the errands this API started, each marked unavailable, rather than nothing.
        rows, unreachable = state.store.errands_of(shopper.shopper_id, 50), True

    async def read(errand_id: str) -> Any:
        try:
            return await service.owned_status(state, shopper, errand_id)
        except ApiError:
            return None  # listed without its state: Temporal or the errand is out of reach

    statuses = await asyncio.gather(*(read(row.errand_id) for row in rows))
    items = [{"row": row, "status": status} for row, status in zip(rows, statuses, strict=True)]
    return render("errands.html", request, items=items, unreachable=unreachable)


def quote_context(status: Any) -> dict[str, Any]:
    """What a quote card shows: exactly the signed quote (its digest recomputed here), and why this product;
    for an after-sales change, what changes and the money that moves (``aftersales_view``)."""
    quote = getattr(status, "quote", None)
    if quote is None:
        return {"quote": None}
    if isinstance(quote, dict):
        return change_context(status, quote)
    ranking = getattr(status, "ranking", None)
    chosen = ranking.chosen.product.product_id if ranking is not None and ranking.chosen is not None else None
    alternatives = [c for c in ranking.considered if c.product.product_id != chosen][:4] if ranking else []
    return {"quote": quote, "digest": quote_digest(quote), "ranking": ranking, "alternatives": alternatives,
            "awaiting": status.state == "awaiting_approval", "branches": getattr(status, "branches", [])}


def change_context(status: Any, quote: dict[str, Any]) -> dict[str, Any]:
    """A change quote's card: the order, the action, each change old → new, the signed money per method, the
    rules that apply, the expiry and the digest the passkey signs (recomputed here from the quote shown)."""
    return {"quote": quote, "change": change_view(quote), "digest": change_digest(quote),
            "awaiting": status.state == "awaiting_approval"}


def card_html(status: Any) -> str:
    """The quote card alone as HTML (empty before there is a quote): the chat's stream carries it with each
    errand state, so the page shows it without asking again."""
    return env.get_template("_card.html").render(status=status, **quote_context(status)).strip()


async def _owned_or_page(request: Request, shopper: Shopper, errand_id: str) -> Any:
    try:
        return await service.owned_status(api_state(request), shopper, errand_id)
    except ApiError as exc:
        if exc.status == 404:
            return render("missing.html", request, status_code=404, errand_id=errand_id)
        raise


@router.get("/app/errands/{errand_id}")
async def errand_page(request: Request, errand_id: str) -> Response:
    shopper = optional_shopper(request)
    if shopper is None:
        return _signin()
    status = await _owned_or_page(request, shopper, errand_id)
    if isinstance(status, Response):
        return status
    chart = price_chart_svg(status) if isinstance(status, PriceWatchStatus) else None
    return render("errand.html", request, status=status, chart=chart, **quote_context(status))


@router.get("/app/errands/{errand_id}/card")
async def quote_card(request: Request, errand_id: str) -> Response:
    """The quote card alone, for the chat page to place beside the agent's turn."""
    shopper = optional_shopper(request)
    if shopper is None:
        raise ApiError(401, "unauthenticated", "sign in")
    status = await _owned_or_page(request, shopper, errand_id)
    if isinstance(status, Response):
        return status
    return render("_card.html", request, status=status, **quote_context(status))


@router.get("/app/returns/new")
async def return_page(request: Request, order: str = "") -> Response:
    if optional_shopper(request) is None:
        return _signin()
    from .routes_more import REASONS

    return render("return.html", request, reasons=REASONS, order=order[:64])


@router.get("/app/watches/new")
async def watch_page(request: Request) -> Response:
    if optional_shopper(request) is None:
        return _signin()
    return render("watch.html", request)
