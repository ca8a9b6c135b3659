"""The view on the map: zoom, pan, rubber band, and the picture that keeps drags fluid.

- Wheel: zoom around the mouse pointer. `zoom_in`, `zoom_out`, `fit_all` are slots for the
  window's Ctrl++, Ctrl+- and Ctrl+0.
- Pan: drag with the middle mouse button, or hold Space and drag with the left button.
- Rubber band: drag with the left button on empty space selects the actors it touches
  (Ctrl adds to the selection).
- Labels hide when zoomed far out and come back when zoomed in (the scene decides from the zoom
  this view reports).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QRubberBand, QWidget

from netmap.ui.canvas.scene import MapScene

__all__ = ["MapView"]


class MapView(QGraphicsView):
    """A view on a MapScene; see the module docstring for zoom, pan and selection."""

    zoomChanged = Signal(float)

    MIN_SCALE = 0.01
    MAX_SCALE = 8.0
    FIT_MAX_SCALE = 1.5
    STEP = 1.25

    def __init__(self, scene: MapScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        # Repaint only what changed: never the whole viewport for one moved actor.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        # The rubber band is our own: it selects actors only (Qt's would select the ties it crosses).
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self._band_from: QPointF | None = None
        self._band_base: list[int] = []
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPointF | None = None
        self._pan_scroll = (0, 0)
        self._space = False
        self._static: QPixmap | None = None
        self._static_transform: QTransform | None = None
        self._last_scale = -1.0
        self._fitted = False  # showing the whole map: a resize shows it whole again
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(150)
        self._refit_timer.timeout.connect(self._refit)
        if scene is not None:
            self.setScene(scene)

    def map_scene(self) -> MapScene | None:
        scene = self.scene()
        return scene if isinstance(scene, MapScene) else None

    # == zoom =====================================================================================

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_in(self) -> None:
        self._zoom_by(self.STEP, centred=True)

    def zoom_out(self) -> None:
        self._zoom_by(1 / self.STEP, centred=True)

    def set_zoom(self, factor: float) -> None:
        self._zoom_by(factor / max(self.zoom(), 1e-9), centred=True)

    WALL_TEXT_SHARE = 1 / 50
    """Presentation mode: letters at least this share of the screen height (read from the back row)."""

    def fit_all(self) -> None:
        """Show the whole map (capped at 150 %, so a map of three actors is not gigantic); in
        presentation mode with every name readable (see canvas/presentation.py)."""
        scene = self.map_scene()
        if scene is not None and scene.presentation:
            self._fit_for_wall(scene)
        else:
            self._fit()
        self._fitted = True

    WALL_TEXT_STEPS = (1.0, 0.9, 0.8, 0.7)
    """When a large map's names do not fit at the back row's size, smaller letters (this share of
    it) rather than names off the screen or on top of each other."""

    def _fit_for_wall(self, scene: MapScene) -> None:
        """Fit the stored map, spread the actors inside what the screen shows (the view stays:
        the labels' size in map units depends on the zoom)."""
        for share in self.WALL_TEXT_STEPS:
            scene.set_wall_text(self.viewport().height() * self.WALL_TEXT_SHARE * share)
            scene.unspread()
            for _ in range(2):  # the labels' size in map units follows the zoom: settle it
                self._fit()
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            m = shown.height() * 0.005
            frame = shown.adjusted(m, m, -m, -m)
            heading = scene.style.heading_px * max(scene.label_scale, 1.0) * 1.4
            overlaps = scene.spread_for_presentation(frame, heading)
            if not overlaps and shown.contains(scene.content_rect()):
                return

    def _fit(self) -> None:
        self._drop_static()
        scene = self.map_scene()
        rect = scene.content_rect() if scene is not None else QRectF()
        if rect.isNull() or rect.isEmpty():
            self.resetTransform()
            self.centerOn(0, 0)
        else:
            m = max(rect.width(), rect.height()) * 0.03
            rect = rect.adjusted(-m, -m, m, m)
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom() > self.FIT_MAX_SCALE:
                self.setTransform(QTransform.fromScale(self.FIT_MAX_SCALE, self.FIT_MAX_SCALE))
                self.centerOn(rect.center())
        self._scale_changed()

    def _zoom_by(self, factor: float, centred: bool = False, at: QPointF | None = None) -> None:
        self._fitted = False
        current = self.zoom()
        target = min(self.MAX_SCALE, max(self.MIN_SCALE, current * factor))
        if abs(target - current) < 1e-12:
            return
        self._drop_static()
        factor = target / current
        anchor = self.transformationAnchor()
        if centred or at is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
        else:
            # Keep the scene point under the mouse where it is (Qt's AnchorUnderMouse relies on
            # earlier mouse moves, which a wheel on a still mouse does not have).
            fixed = self.mapToScene(at.toPoint())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            shift = QPointF(self.mapFromScene(fixed)) - at
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(shift.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(shift.y()))
        self.setTransformationAnchor(anchor)
        self._scale_changed()

    def _scale_changed(self) -> None:
        scale = self.zoom()
        scene = self.map_scene()
        if scene is not None:
            scene.set_view_scale(scale)
        if abs(scale - self._last_scale) > 1e-9:
            self._last_scale = scale
            self.zoomChanged.emit(scale)

    def setScene(self, scene: QGraphicsScene | None) -> None:
        super().setScene(scene)
        self._scale_changed()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            delta = event.pixelDelta().y()
        if delta:
            self._zoom_by(1.0015 ** delta, at=event.position())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._drop_static()
        super().resizeEvent(event)
        if self._fitted:  # e.g. full screen arrived, or the window was maximised: whole again
            # Once the size has settled: a window manager sends several sizes in a row, and a
            # long fit (presentation mode spreads the actors) in between can leave it half done.
            self._refit_timer.start()

    def keep_clear_right(self, pixels: int) -> None:
        """Leave `pixels` at the right edge free of the map (a window beside it covers them); the
        whole map then fits into the part that stays in view."""
        self.setViewportMargins(0, 0, max(0, pixels), 0)
        if self._fitted:
            self._refit_timer.start()

    def request_fit(self) -> None:
        """Show the whole map a moment from now, and again after each resize until the user
        zooms or pans (a window going full screen gets its size in steps)."""
        self._fitted = True
        self._refit_timer.start()

    def _refit(self) -> None:
        if self._fitted:
            self.fit_all()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._drop_static()
        super().scrollContentsBy(dx, dy)

    # == pan ======================================================================================

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self._pan_scroll = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        scene = self.map_scene()
        if (event.button() == Qt.MouseButton.LeftButton and not event.isAccepted() and not self._space
                and scene is not None and self.isInteractive()):
            # Nothing took the press: empty space, start the rubber band.
            self._band_from = event.position()
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._band_base = scene.selected_actor_ids() if extend else []
            self._band.setGeometry(QRect(event.position().toPoint(), QSize()))
            self._band.show()
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._band_from is not None:
            rect = QRectF(self._band_from, event.position()).normalized()
            self._band.setGeometry(rect.toRect())
            scene = self.map_scene()
            if scene is not None:
                scene.select_in_rect(self.mapToScene(rect.toRect()).boundingRect(), self._band_base)
            event.accept()
            return
        if self._pan_from is not None:
            self._fitted = False
            delta = event.position() - self._pan_from
            h0, v0 = self._pan_scroll
            self.horizontalScrollBar().setValue(h0 - round(delta.x()))
            self.verticalScrollBar().setValue(v0 - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._band_from is not None and event.button() == Qt.MouseButton.LeftButton:
            self._band_from = None
            self._band.hide()
            event.accept()
            return
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and not self._space:
            self._fitted = False
            self._space = True
            self.setInteractive(False)
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._end_space()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._end_space()
        super().focusOutEvent(event)

    def _end_space(self) -> None:
        if self._space:
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.setInteractive(True)

    # == fast drag: the still part of the map as a picture ========================================

    def capture_static(self, moving: list[QGraphicsItem]) -> None:
        """Take a picture of the map without the `moving` items (called when a drag begins)."""
        opacities = [(item, item.opacity()) for item in moving]
        for item, _ in opacities:
            item.setOpacity(0.0)
        self._static = None
        self._static_transform = None
        picture = self.viewport().grab()
        for item, opacity in opacities:
            item.setOpacity(opacity)
        self._static = picture
        self._static_transform = QTransform(self.viewportTransform())

    def release_static(self) -> None:
        if self._static is not None:
            self._static = None
            self._static_transform = None
            self.viewport().update()

    def _drop_static(self) -> None:
        """Zoom, scroll or resize during a drag: the picture no longer fits; paint normally."""
        if self._static is not None:
            scene = self.map_scene()
            if scene is not None:
                scene.end_fast_drag()
            self.release_static()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self._static is None:
            super().drawBackground(painter, rect)
            return
        if self._static_transform != self.viewportTransform():
            QTimer.singleShot(0, self._drop_static)
            super().drawBackground(painter, rect)
            return
        shown = self.mapFromScene(QRectF(rect)).boundingRect()
        target = shown.adjusted(-2, -2, 2, 2).intersected(self.viewport().rect())
        ratio = self._static.devicePixelRatio()
        source = QRectF(target.x() * ratio, target.y() * ratio, target.width() * ratio, target.height() * ratio)
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(QRectF(target), self._static, source)
        painter.restore()
