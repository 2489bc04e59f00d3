// What every stormsim page shares (report.html, sweep.html, lanes.html): the header, uPlot charts that
// mark their container once drawn (data-points, data-series: the browser test reads them), labelled
// marker lines, tables, and the chart of a metric's mean with its 95% interval (error bars) against a
// parameter, whose description IntervalChart.java writes into the page's JSON blob.
window.stormsim = (function () {
  'use strict';
  var palette = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

  function width() {
    return Math.max(600, Math.min(1200, document.body.clientWidth - 48));
  }

  function data() {
    return JSON.parse(document.getElementById('report-data').textContent);
  }

  function ready() {
    document.body.setAttribute('data-report', 'ready');
  }

  // A number for people: six significant digits, exponents only for the very large and very small.
  function format(v, digits) {
    if (v === null || v === undefined || !isFinite(v)) {
      return '-';
    }
    var a = Math.abs(v);
    if (a !== 0 && (a >= 1e7 || a < 1e-4)) {
      return v.toExponential((digits || 6) - 1);
    }
    return String(Number(v.toPrecision(digits || 6)));
  }

  // The page title and the header's definition list from [name, value] pairs.
  function header(title, items) {
    document.title = title;
    document.getElementById('title').textContent = title;
    var dl = document.getElementById('meta');
    items.forEach(function (kv) {
      var dt = document.createElement('dt');
      dt.textContent = kv[0];
      var dd = document.createElement('dd');
      dd.id = 'meta-' + kv[0].replace(/[^a-z]/g, '');
      dd.textContent = String(kv[1]);
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
  }

  // Fills table #id: head (names, or null to keep the page's), rows of {className, cells}; a cell is
  // a value or {text, className}. The table gets data-rows.
  function table(id, head, rows) {
    var el = document.getElementById(id);
    if (head) {
      var tr = el.createTHead().insertRow();
      head.forEach(function (h) {
        var th = document.createElement('th');
        th.textContent = h;
        tr.appendChild(th);
      });
    }
    var body = el.tBodies.length ? el.tBodies[0] : el.createTBody();
    rows.forEach(function (row) {
      var r = body.insertRow();
      if (row.className) {
        r.className = row.className;
      }
      row.cells.forEach(function (c) {
        var td = r.insertCell();
        var cell = c !== null && typeof c === 'object' ? c : { text: c };
        td.textContent = String(cell.text);
        if (cell.className) {
          td.className = cell.className;
        }
      });
    });
    el.setAttribute('data-rows', String(rows.length));
  }

  // A uPlot chart in element el that marks el with its point and series counts each time it is drawn.
  function plot(el, options, columns) {
    options.hooks = options.hooks || {};
    options.hooks.draw = (options.hooks.draw || []).concat([function (u) {
      el.setAttribute('data-points', String(u.data[0].length));
      el.setAttribute('data-series', String(u.series.length - 1));
    }]);
    return new uPlot(options, columns, el);
  }

  function stroke(u, style, draw) {
    var ctx = u.ctx;
    var px = window.devicePixelRatio || 1;
    ctx.save();
    ctx.beginPath();
    ctx.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
    ctx.clip();
    ctx.strokeStyle = style.color;
    ctx.fillStyle = style.color;
    ctx.setLineDash((style.dash || []).map(function (d) { return d * px; }));
    ctx.lineWidth = (style.width || 1) * px;
    ctx.font = (10 * px) + 'px sans-serif';
    ctx.textBaseline = 'alphabetic';
    draw(ctx, px);
    ctx.restore();
  }

  // A uPlot plugin: vertical lines at marks [{x, label}], labels staggered over three rows.
  function verticalLines(marks, style) {
    return { hooks: { draw: [function (u) {
      stroke(u, style, function (ctx, px) {
        ctx.textAlign = 'left';
        marks.forEach(function (m, i) {
          var x = Math.round(u.valToPos(m.x, 'x', true));
          ctx.beginPath();
          ctx.moveTo(x, u.bbox.top);
          ctx.lineTo(x, u.bbox.top + u.bbox.height);
          ctx.stroke();
          ctx.fillText(m.label, x + 3 * px, u.bbox.top + (12 + 11 * (i % 3)) * px);
        });
      });
    }] } };
  }

  // A uPlot plugin: horizontal lines at lines [{y, label}], each label at the right end, above its line.
  function horizontalLines(lines, style) {
    return { hooks: { draw: [function (u) {
      stroke(u, style, function (ctx, px) {
        ctx.textAlign = 'right';
        lines.forEach(function (l) {
          var y = Math.round(u.valToPos(l.y, 'y', true));
          ctx.beginPath();
          ctx.moveTo(u.bbox.left, y);
          ctx.lineTo(u.bbox.left + u.bbox.width, y);
          ctx.stroke();
          ctx.fillText(l.label, u.bbox.left + u.bbox.width - 4 * px, y - 4 * px);
        });
      });
    }] } };
  }

  // A uPlot plugin: each series' 95% interval as an error bar at each x, and a ring round the points at marks.
  function errorBars(spec) {
    return { hooks: { draw: [function (u) {
      spec.series.forEach(function (s, i) {
        if (!u.series[i + 1].show) {
          return;
        }
        stroke(u, { color: palette[i % palette.length], width: 1.5 }, function (ctx, px) {
          spec.x.forEach(function (xv, j) {
            var x = u.valToPos(xv, 'x', true);
            if (s.lo[j] !== null && s.hi[j] !== null) {
              var y0 = u.valToPos(s.lo[j], 'y', true);
              var y1 = u.valToPos(s.hi[j], 'y', true);
              ctx.beginPath();
              ctx.moveTo(x, y0);
              ctx.lineTo(x, y1);
              ctx.moveTo(x - 4 * px, y0);
              ctx.lineTo(x + 4 * px, y0);
              ctx.moveTo(x - 4 * px, y1);
              ctx.lineTo(x + 4 * px, y1);
              ctx.stroke();
            }
            if (s.mean[j] !== null && spec.marks.some(function (m) { return m.x === xv; })) {
              ctx.beginPath();
              ctx.arc(x, u.valToPos(s.mean[j], 'y', true), 8 * px, 0, 2 * Math.PI);
              ctx.stroke();
            }
          });
        });
      });
    }] } };
  }

  function extent(values) {
    var finite = values.filter(function (v) { return v !== null && isFinite(v); });
    if (finite.length === 0) {
      return [0, 1];
    }
    var lo = Math.min.apply(null, finite);
    var hi = Math.max.apply(null, finite);
    var pad = hi > lo ? (hi - lo) * 0.08 : (lo === 0 ? 1 : Math.abs(lo) * 0.1);
    return [lo - pad, hi + pad];
  }

  // The chart IntervalChart.java describes: x positions (a categorical axis is 0, 1, ... with labels),
  // one series per line with mean, lo and hi (the 95% interval; null where there is none), horizontal
  // lines (a target bound) and marks (an answer).
  function intervalChart(id, spec) {
    var xs = spec.x;
    function xText(v) {
      var i = xs.indexOf(v);
      return i >= 0 ? spec.xLabels[i] : (spec.categorical ? '' : format(v));
    }
    var ys = spec.lines.map(function (l) { return l.y; });
    spec.series.forEach(function (s) {
      ys = ys.concat(s.mean, s.lo, s.hi);
    });
    var yRange = extent(ys);
    var xRange = spec.categorical || xs.length < 2 ? [xs[0] - 0.5, xs[xs.length - 1] + 0.5]
      : [xs[0] - (xs[xs.length - 1] - xs[0]) * 0.05, xs[xs.length - 1] + (xs[xs.length - 1] - xs[0]) * 0.05];
    var series = [{ label: spec.xLabel, value: function (u, v) { return v === null || v === undefined ? '-' : xText(v); } }];
    spec.series.forEach(function (s, i) {
      var color = palette[i % palette.length];
      series.push({ label: s.label, stroke: color, width: 1.5, spanGaps: true,
        value: function (u, v) { return format(v); },
        points: { show: true, size: 7, fill: color, stroke: color } });
    });
    var options = {
      title: spec.title,
      width: width(),
      height: 280,
      scales: { x: { time: false, range: function () { return xRange; } }, y: { range: function () { return yRange; } } },
      axes: [
        { label: spec.xLabel, splits: function () { return xs; }, values: function (u, ticks) { return ticks.map(xText); } },
        { label: spec.yLabel, size: 70, values: function (u, ticks) { return ticks.map(function (v) { return format(v, 4); }); } }
      ],
      series: series,
      plugins: [errorBars(spec), horizontalLines(spec.lines, { color: '#b22', dash: [6, 4] }),
        verticalLines(spec.marks, { color: '#1a7f1a', width: 2 })]
    };
    return plot(document.getElementById(id), options, [xs].concat(spec.series.map(function (s) { return s.mean; })));
  }

  // A chart container (class chart, id) appended to the element #parent.
  function container(parent, id) {
    var div = document.createElement('div');
    div.className = 'chart';
    div.id = id;
    document.getElementById(parent).appendChild(div);
    return div;
  }

  return {
    palette: palette, width: width, data: data, ready: ready, format: format, header: header, table: table,
    plot: plot, verticalLines: verticalLines, horizontalLines: horizontalLines, intervalChart: intervalChart,
    container: container
  };
})();
