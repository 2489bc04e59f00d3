// What every stormsim page shares (report.html of kind: dcc and kind: network runs, sweep.html,
// lanes.html): the header, uPlot charts that mark their container once drawn (data-points,
// data-series: the browser test reads them), charts over simulated time, labelled marker lines,
// tables, and the chart of a metric's mean with its 95% interval (error bars) against a parameter,
// whose description IntervalChart.java writes into the page's JSON blob.
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

  // A {mean, halfWidth95} of sweep.json or lanes.json as "mean +/- half-width" ("-" without a mean).
  function estimate(e) {
    if (!e || e.mean === null) {
      return '-';
    }
    return format(e.mean) + (e.halfWidth95 === null ? '' : ' \u00b1 ' + format(e.halfWidth95, 3));
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

  // A uPlot plugin: vertical lines at marks [{x, label}], labels staggered over three rows at the top
  // (at the bottom with style.labelsBelow), left of the line in the right quarter of the plot.
  function verticalLines(marks, style) {
    return { hooks: { draw: [function (u) {
      stroke(u, style, function (ctx, px) {
        marks.forEach(function (m, i) {
          var x = Math.round(u.valToPos(m.x, 'x', true));
          var left = x > u.bbox.left + 0.75 * u.bbox.width;
          ctx.beginPath();
          ctx.moveTo(x, u.bbox.top);
          ctx.lineTo(x, u.bbox.top + u.bbox.height);
          ctx.stroke();
          ctx.textAlign = left ? 'right' : 'left';
          var row = (12 + 11 * (i % 3)) * px;
          ctx.fillText(m.label, x + (left ? -3 : 3) * px, style.labelsBelow ? u.bbox.top + u.bbox.height - row + 6 * px : u.bbox.top + row);
        });
      });
    }] } };
  }

  // A uPlot plugin: horizontal lines at lines [{y, label}], each label at the left end, above its line.
  function horizontalLines(lines, style) {
    return { hooks: { draw: [function (u) {
      stroke(u, style, function (ctx, px) {
        ctx.textAlign = 'left';
        lines.forEach(function (l) {
          var y = Math.round(u.valToPos(l.y, 'y', true));
          ctx.beginPath();
          ctx.moveTo(u.bbox.left, y);
          ctx.lineTo(u.bbox.left + u.bbox.width, y);
          ctx.stroke();
          ctx.fillText(l.label, u.bbox.left + 4 * px, y - 4 * px);
        });
      });
    }] } };
  }

  // A uPlot plugin drawing each series (uPlot draws none of them): its means as dots joined by a line,
  // over gaps, with their 95% intervals as error bars; the series side by side a few pixels apart, so
  // that equal values stay visible; a ring round the points at marks.
  function errorBars(spec) {
    var n = spec.series.length;
    return { hooks: { draw: [function (u) {
      spec.series.forEach(function (s, i) {
        if (!u.series[i + 1].show) {
          return;
        }
        stroke(u, { color: palette[i % palette.length], width: 1.5 }, function (ctx, px) {
          var dodge = (i - (n - 1) / 2) * 6 * px;
          var at = [];
          spec.x.forEach(function (xv, j) {
            if (s.mean[j] !== null) {
              at.push({ j: j, x: u.valToPos(xv, 'x', true) + dodge, y: u.valToPos(s.mean[j], 'y', true) });
            }
          });
          ctx.beginPath();
          at.forEach(function (p, k) {
            if (k === 0) {
              ctx.moveTo(p.x, p.y);
            } else {
              ctx.lineTo(p.x, p.y);
            }
          });
          ctx.stroke();
          at.forEach(function (p) {
            if (s.lo[p.j] !== null && s.hi[p.j] !== null) {
              var y0 = u.valToPos(s.lo[p.j], 'y', true);
              var y1 = u.valToPos(s.hi[p.j], 'y', true);
              ctx.beginPath();
              ctx.moveTo(p.x, y0);
              ctx.lineTo(p.x, y1);
              ctx.moveTo(p.x - 4 * px, y0);
              ctx.lineTo(p.x + 4 * px, y0);
              ctx.moveTo(p.x - 4 * px, y1);
              ctx.lineTo(p.x + 4 * px, y1);
              ctx.stroke();
            }
            ctx.beginPath();
            ctx.arc(p.x, p.y, 3.5 * px, 0, 2 * Math.PI);
            ctx.fill();
            if (spec.marks.some(function (m) { return m.x === spec.x[p.j]; })) {
              ctx.beginPath();
              ctx.arc(p.x, p.y, 8 * px, 0, 2 * Math.PI);
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

  // Room either side of the x values: half a category, or enough to keep the end points' bars clear of the edge.
  function xPad(xs, categorical) {
    if (categorical || xs.length < 2) {
      return 0.5;
    }
    var gap = Infinity;
    for (var i = 1; i < xs.length; i++) {
      gap = Math.min(gap, xs[i] - xs[i - 1] || Infinity);
    }
    return Math.max((xs[xs.length - 1] - xs[0]) * 0.05, gap === Infinity ? 0.5 : gap * 0.4);
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
    var xRange = [xs[0] - xPad(xs, spec.categorical), xs[xs.length - 1] + xPad(xs, spec.categorical)];
    var series = [{ label: spec.xLabel, value: function (u, v) { return v === null || v === undefined ? '-' : xText(v); } }];
    spec.series.forEach(function (s, i) {
      var color = palette[i % palette.length];
      series.push({ label: s.label, stroke: color, width: 1.5, value: function (u, v) { return format(v); },
        paths: function () { return null; }, points: { show: false } });
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
        verticalLines(spec.marks, { color: '#1a7f1a', width: 2, labelsBelow: true })]
    };
    return plot(document.getElementById(id), options, [xs].concat(spec.series.map(function (s) { return s.mean; })));
  }

  // Simulated time ticks at round steps of seconds, as h:mm, or h:mm:ss.
  var timeSteps = [1, 5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800, 2592000];

  function clock(seconds) {
    return function (u, ticks) {
      return ticks.map(function (v) {
        var s = Math.round(seconds ? v : v / 60) * (seconds ? 1 : 60);
        var hm = Math.floor(s / 3600) + ':' + String(Math.floor(s / 60) % 60).padStart(2, '0');
        return seconds ? hm + ':' + String(s % 60).padStart(2, '0') : hm;
      });
    };
  }

  // A uPlot chart in container #id over simulated time xs (seconds), or another x with opts.xValues.
  // series: [{label, values, color, dash, scale, paths}]; opts: xLabel, xValues, yLabel, scales
  // [{name, range}], extraAxes, height, seconds (ticks as h:mm:ss, for short runs; else h:mm), marks
  // (labelled dashed red vertical lines [{x, label}]).
  function timeChart(id, title, xs, series, opts) {
    opts = opts || {};
    var uSeries = [{ label: opts.xLabel || 'simulated time' }].concat(series.map(function (s, i) {
      return {
        label: s.label,
        stroke: s.color || palette[i % palette.length],
        width: 1.5,
        dash: s.dash,
        scale: s.scale || 'y',
        paths: s.paths,
        points: { show: false }
      };
    }));
    var scales = { x: { time: false } };
    (opts.scales || []).forEach(function (s) { scales[s.name] = s.range ? { range: s.range } : {}; });
    var axes = [
      opts.xValues ? { label: opts.xLabel, values: opts.xValues }
                   : { label: 'simulated time (' + (opts.seconds ? 'h:mm:ss' : 'h:mm') + ')', values: clock(opts.seconds), incrs: timeSteps },
      { label: opts.yLabel || '', scale: 'y' }
    ].concat(opts.extraAxes || []);
    var options = {
      title: title,
      width: width(),
      height: opts.height || 260,
      scales: scales,
      axes: axes,
      series: uSeries,
      plugins: opts.marks ? [verticalLines(opts.marks, { color: '#b22', dash: [5, 4] })] : []
    };
    return plot(document.getElementById(id), options, [xs].concat(series.map(function (s) { return s.values; })));
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
    palette: palette, width: width, data: data, ready: ready, format: format, estimate: estimate, header: header, table: table,
    plot: plot, verticalLines: verticalLines, horizontalLines: horizontalLines, intervalChart: intervalChart,
    timeChart: timeChart, container: container
  };
})();
