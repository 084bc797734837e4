/// The style sheet of tandem's HTML reports (review and revision reports share it).
///
/// System fonts only, nothing loaded from anywhere; severity colors meet WCAG AA
/// contrast for text on their tints and for white text on their badges; a print
/// style drops the toolbar and keeps every pair whole on its page.
enum HTMLStylesheet {
    static let text = #"""
:root{--ink:#1d2939;--muted:#5d6675;--faint:#6b7280;--line:#e4e7ec;--soft:#f5f6f8;--page:#f7f8fa;--accent:#175cd3;--accent-soft:#eff8ff;
--critical:#9f1239;--critical-tint:#ffe4e6;--major:#c2410c;--major-tint:#ffedd5;--minor:#a16207;--minor-tint:#fef9c3;--neutral:#475467;--neutral-tint:#eaecf0;
--ins:#0b5d27;--ins-tint:#d5f5de;--del:#8f1d14;--del-tint:#fde3e0;--ok:#067647;--bad:#b42318}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--page);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",sans-serif;font-kerning:normal}
h1,h2,h3{margin:0;font-weight:650;letter-spacing:-.005em}
h1{font-size:1.3rem}
h2{font-size:.74rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-bottom:.6em}
code,.path{font-family:ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.86em}
.top{background:#fff;border-bottom:1px solid var(--line);padding:18px 28px 16px}
.top .files{margin:.35em 0 0;color:var(--muted);display:flex;flex-wrap:wrap;gap:.2em 1.4em}
.top .files b{color:var(--ink);font-weight:600}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:14px;padding:16px 28px}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:13px 16px 12px}
.card table{border-collapse:collapse;width:100%;font-size:.9rem}
.card td{padding:.16em 0;vertical-align:baseline}
.card td.n{text-align:right;font-variant-numeric:tabular-nums;font-weight:600;padding-left:1em}
.card tr.zero td{color:var(--faint);font-weight:400}
.big{font-size:2.3rem;font-weight:680;line-height:1.1;font-variant-numeric:tabular-nums}
.big.pass{color:var(--ok)}.big.fail{color:var(--bad)}
.card p{margin:.3em 0 0;color:var(--muted);font-size:.86rem}
.dot{display:inline-block;width:.62em;height:.62em;border-radius:50%;margin-right:.45em;vertical-align:.04em;background:var(--neutral)}
.dot.s-critical{background:var(--critical)}.dot.s-major{background:var(--major)}.dot.s-minor{background:var(--minor)}.dot.s-neutral{background:var(--neutral)}
.dot.st-changed{background:var(--accent)}.dot.st-added{background:var(--ins)}.dot.st-removed{background:var(--del)}.dot.st-unchanged{background:#98a2b3}
.toolbar{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;align-items:center;gap:8px 10px;padding:9px 28px;background:rgba(255,255,255,.97);border-top:1px solid var(--line);border-bottom:1px solid var(--line);font-size:.86rem}
.toolbar .group{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.pill{display:inline-flex;align-items:center;gap:.3em;border:1px solid var(--line);border-radius:999px;padding:.14em .6em .14em .45em;background:#fff;cursor:pointer;user-select:none}
.pill input{margin:0;accent-color:var(--accent)}
.pill .n{color:var(--muted);font-variant-numeric:tabular-nums}
details.dd{position:relative}
details.dd>summary{list-style:none;cursor:pointer;border:1px solid var(--line);border-radius:6px;padding:.18em .7em;background:#fff}
details.dd>summary::-webkit-details-marker{display:none}
details.dd>summary::after{content:"";display:inline-block;margin-left:.5em;border:4px solid transparent;border-top-color:var(--muted);vertical-align:-.1em}
details.dd[open]>summary{border-color:var(--accent)}
details.dd .panel{position:absolute;top:calc(100% + 4px);left:0;min-width:16em;max-height:60vh;overflow:auto;background:#fff;border:1px solid var(--line);border-radius:8px;box-shadow:0 8px 24px rgba(16,24,40,.14);padding:8px 10px;z-index:6}
details.dd .panel label{display:flex;gap:.5em;align-items:center;padding:.14em 0;white-space:nowrap}
details.dd .panel label .n{margin-left:auto;padding-left:1em;color:var(--muted);font-variant-numeric:tabular-nums}
.panel .bulk{display:flex;gap:6px;margin-bottom:6px}
button{font:inherit;color:inherit;border:1px solid var(--line);border-radius:6px;background:#fff;padding:.16em .7em;cursor:pointer}
button:hover,.pill:hover,details.dd>summary:hover{border-color:#98a2b3}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
input[type=search]{font:inherit;border:1px solid var(--line);border-radius:6px;padding:.18em .6em;width:11em;background:#fff}
.nav{display:flex;align-items:center;gap:6px;margin-left:auto}
.nav .pos{font-variant-numeric:tabular-nums;color:var(--muted);min-width:4.5em;text-align:center}
.keys{color:var(--muted);font-size:.8rem}
.hint{display:flex;flex-wrap:wrap;gap:.25em;align-items:center;justify-content:flex-end;margin:0 0 8px;color:var(--muted);font-size:.8rem}
.hint .shown{margin-right:auto;font-variant-numeric:tabular-nums}
kbd{font:.78rem ui-monospace,"DejaVu Sans Mono",monospace;border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:0 .3em;background:#fff}
main{padding:14px 28px 40px}
.sheet{background:#fff;border:1px solid var(--line);border-radius:10px}
.cols,.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
.sheet.three .cols,.sheet.three .pair{grid-template-columns:minmax(0,1fr) minmax(0,1fr) minmax(0,1fr)}
.head{position:sticky;top:var(--bar,46px);z-index:4;background:#fff;border-bottom:1px solid var(--line);border-radius:10px 10px 0 0}
.head>div{padding:.55em 1.1em .5em 4.3em;font-size:.74rem;letter-spacing:.05em;text-transform:uppercase;color:var(--muted);font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.head>div .path{text-transform:none;letter-spacing:0;font-weight:400;margin-left:.4em}
.pair{border-top:1px solid #eef0f3;content-visibility:auto;contain-intrinsic-size:auto 3.6em}
.head+.pair{border-top:0}
.pair.w-critical{box-shadow:inset 3px 0 0 var(--critical)}.pair.w-major{box-shadow:inset 3px 0 0 var(--major)}.pair.w-minor{box-shadow:inset 3px 0 0 var(--minor)}.pair.w-neutral{box-shadow:inset 3px 0 0 var(--neutral)}
.pair.st-changed{box-shadow:inset 3px 0 0 var(--accent)}.pair.st-added{box-shadow:inset 3px 0 0 var(--ins)}.pair.st-removed{box-shadow:inset 3px 0 0 var(--del)}
.tx{position:relative;padding:.5em 1.1em .55em 4.3em;overflow-wrap:break-word;hyphens:auto;min-width:0}
.tx::before{content:attr(data-l);position:absolute;left:0;top:.72em;width:4.6em;text-align:right;color:var(--faint);font-size:.76rem;line-height:1.4;font-variant-numeric:tabular-nums;font-style:normal}
.tx+.tx,.head>div+div{border-left:1px solid #eef0f3}
.tx .seg+.seg::before{content:"";display:inline-block;width:1px;height:.9em;background:#d0d5dd;margin:0 .45em;vertical-align:-.1em}
.gap{color:var(--faint);font-style:italic;background:repeating-linear-gradient(-45deg,#f6f7f9 0 6px,#fff 6px 12px)}
mark{background:var(--neutral-tint);color:inherit;border-bottom:2px solid var(--neutral);border-radius:2px;padding:0 1px;cursor:help}
mark.s-critical{background:var(--critical-tint);border-color:var(--critical)}
mark.s-major{background:var(--major-tint);border-color:var(--major)}
mark.s-minor{background:var(--minor-tint);border-color:var(--minor)}
mark.pt{display:inline-block;width:3px;height:1.05em;padding:0;margin:0 1px;vertical-align:-.15em;border:0;background:var(--neutral)}
mark.pt.s-critical{background:var(--critical)}mark.pt.s-major{background:var(--major)}mark.pt.s-minor{background:var(--minor)}
mark.off{background:none;border-color:transparent;cursor:auto}
mark.pt.off{background:none}
mark.cur{outline:2px solid var(--accent);outline-offset:1px}
ins{background:var(--ins-tint);color:var(--ins);text-decoration:none;border-bottom:2px solid #2f9e5a;border-radius:2px}
del{background:var(--del-tint);color:var(--del);text-decoration:line-through;text-decoration-thickness:1.5px;border-radius:2px}
ins:empty,del:empty{display:none}
.fl{grid-column:1/-1;list-style:none;margin:0;padding:0 1.1em .6em 4.3em}
.f{display:flex;flex-wrap:wrap;align-items:baseline;gap:.15em .6em;margin-top:.3em;padding:.32em .7em;border-radius:6px;background:var(--soft);border-left:3px solid var(--neutral);font-size:.87rem;line-height:1.45}
.f.s-critical{border-left-color:var(--critical)}.f.s-major{border-left-color:var(--major)}.f.s-minor{border-left-color:var(--minor)}
.f.cur{background:var(--accent-soft);outline:2px solid var(--accent);outline-offset:-1px}
.badge{font-size:.7rem;font-weight:650;letter-spacing:.03em;text-transform:uppercase;color:#fff;background:var(--neutral);border-radius:999px;padding:.12em .6em;align-self:center}
.badge.s-critical{background:var(--critical)}.badge.s-major{background:var(--major)}.badge.s-minor{background:var(--minor)}
.badge.fx-fixed{background:var(--ok)}.badge.fx-introduced{background:var(--bad)}
.f .meta{color:var(--muted)}
.f .msg{flex:1 1 18em;min-width:0}
.f .sug{color:var(--ok)}
.f .rep{color:var(--ink);background:#e3f8ea;border-radius:3px;padding:0 .3em;white-space:pre-wrap}
.f .loc{color:var(--faint);font-variant-numeric:tabular-nums;font-size:.8rem}
.metric{grid-column:1/-1;padding:0 1.1em .45em 4.3em;text-align:right;color:var(--muted);font-size:.78rem;font-variant-numeric:tabular-nums}
.docf{margin:0 0 14px;padding:10px 14px}
.docf .fl{padding:0}
.empty{padding:2em;text-align:center;color:var(--muted)}
#tip{position:fixed;z-index:20;max-width:30em;background:#101828;color:#f2f4f7;border-radius:8px;padding:.45em .6em;box-shadow:0 10px 30px rgba(16,24,40,.3);pointer-events:none;font-size:.85rem}
#tip ul{list-style:none;margin:0;padding:0}
#tip .f{background:transparent;color:#f2f4f7;margin:0;border-left-color:transparent;padding:.2em .1em}
#tip .f .meta,#tip .f .loc{color:#c8ced9}
#tip .f .sug{color:#a6f4c5}
#tip .f .rep{background:#1e3a2a;color:#fff}
.xf,.xs,.xo,[hidden]{display:none!important}
footer{color:var(--faint);font-size:.8rem;text-align:center;padding:0 28px 28px}
#selftest{white-space:pre-wrap;font-size:.7rem}
@media (max-width:760px){.cols,.pair,.sheet.three .cols,.sheet.three .pair{grid-template-columns:minmax(0,1fr)}.tx+.tx{border-left:0;border-top:1px dashed #eef0f3}.head{position:static}}
@media print{
body{background:#fff;font-size:9.5pt;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.toolbar,#tip,.hint{display:none!important}
.top,.summary,main,footer{padding-left:0;padding-right:0}
.summary{grid-template-columns:repeat(3,1fr)}
.card,.sheet{border-color:#d0d5dd;break-inside:avoid}
.sheet{border:0}
.head{position:static}
.pair{content-visibility:visible;break-inside:avoid}
mark{cursor:auto}
}
"""#
}
