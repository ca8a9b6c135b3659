"""The participant page: one self-contained HTML page for phones, German or English by the phone.

Mobile first (one column, large touch targets), no external resources, and a Content-Security-Policy
that allows exactly this page's one script and one style sheet (by hash), requests to its own
server and nothing else. The script builds every element with `textContent`, never markup, so a
hostile actor name stays text. Its texts come in German and English and it picks the phone's
language, as the web export does (exchange/webpage.py): the page is read on the participants'
phones, whose language the app's translator cannot know.
"""

from __future__ import annotations

import base64
import hashlib

__all__ = ["PAGE_CSP", "page_html"]

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:17px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f4f5f7}
header{background:#1f4e79;color:#fff;padding:14px 16px}
header h1{margin:0;font-size:1.2em}
header p{margin:4px 0 0;font-size:.9em;opacity:.9}
nav{display:flex;gap:4px;padding:8px;background:#fff;border-bottom:1px solid #d0d4da;position:sticky;top:0}
nav button{flex:1;padding:10px 2px;border:1px solid #b8c0cc;border-radius:8px;background:#fff;font-size:.85em}
nav button.on{background:#1f4e79;color:#fff;border-color:#1f4e79}
main{padding:12px 16px 40px;max-width:560px;margin:0 auto}
section{display:none}
section.on{display:block}
label{display:block;margin:14px 0 4px;font-weight:600}
input,select{width:100%;padding:12px;font-size:1em;border:1px solid #9aa5b4;border-radius:8px;background:#fff}
input[type=range]{padding:0;border:0}
.send{width:100%;margin-top:18px;padding:14px;font-size:1.05em;font-weight:600;border:0;border-radius:10px;
background:#2e7d32;color:#fff}
.send:disabled{background:#9aa5b4}
.hits{list-style:none;margin:4px 0 0;padding:0}
.hits button{width:100%;text-align:left;padding:10px 12px;margin-top:4px;border:1px solid #d0d4da;border-radius:8px;
background:#fff;font-size:1em}
.picked{margin-top:6px;padding:8px 12px;border-radius:8px;background:#e3f0e4}
.radios{display:flex;gap:6px;flex-wrap:wrap}
.radios label{flex:1;font-weight:400;margin:0;padding:10px;border:1px solid #9aa5b4;border-radius:8px;background:#fff;
text-align:center}
.radios input{width:auto}
.value{font-size:1.6em;font-weight:700;text-align:center}
.left{text-align:center;font-weight:600;white-space:nowrap}
.left .value{vertical-align:-.1em}
#status{margin:14px 0;padding:12px;border-radius:8px;display:none}
#status.ok{display:block;background:#e3f0e4;color:#1b5e20}
#status.err{display:block;background:#fdecea;color:#8e1b10}
.hint{color:#555;font-size:.9em}
"""

_JS = r"""
"use strict";
(function(){
const T={
 de:{sub:"Schlagen Sie vor, was auf die Karte gehört. Die Moderation entscheidet.",actor:"Akteur",tie:"Beziehung",
  rating:"Bewerten",dot:"Punkte",name:"Name der Organisation oder Gruppe",category:"Kategorie",district:"Stadtteil",
  none:"– keine Angabe –",send:"Vorschlag senden",from:"Von",to:"Zu",kind:"Art der Beziehung",which:"Welcher Akteur?",
  type:"Ein paar Buchstaben tippen …",influence:"Einfluss (0–10)",attitude:"Haltung zur Strategie",
  supportive:"unterstützend",neutral:"neutral",critical:"kritisch",unknown:"weiß nicht",place:"Punkt setzen",
  left:"Verbleibende Punkte: ",queued:"Danke! Ihr Vorschlag wartet auf die Moderation.",
  applied:"Danke! Ihr Vorschlag ist auf der Karte.",busy:"Zu viele Vorschläge auf einmal. Bitte kurz warten.",
  failed:"Nicht gesendet: ",offline:"Keine Verbindung zum Laptop der Moderation.",pick:"Bitte einen Akteur auswählen.",
  gone:"Dieser Workshop ist beendet oder der Code stimmt nicht.",large:"Der Vorschlag ist zu lang.",
  dotsinfo:"Setzen Sie Ihre Punkte auf die Akteure, die Ihnen am wichtigsten sind."},
 en:{sub:"Propose what belongs on the map. The facilitator decides.",actor:"Actor",tie:"Tie",rating:"Rate",
  dot:"Dots",name:"Name of the organisation or group",category:"Category",district:"District",none:"– not given –",
  send:"Send proposal",from:"From",to:"To",kind:"Kind of tie",which:"Which actor?",type:"Type a few letters …",
  influence:"Influence (0–10)",attitude:"Attitude to the strategy",supportive:"supportive",neutral:"neutral",
  critical:"critical",unknown:"don't know",place:"Place a dot",left:"Dots left: ",
  queued:"Thank you! Your proposal waits for the facilitator.",applied:"Thank you! Your proposal is on the map.",
  busy:"Too many proposals at once. Please wait a moment.",failed:"Not sent: ",
  offline:"No connection to the facilitator's laptop.",pick:"Please pick an actor.",
  gone:"This workshop has ended, or the code is wrong.",large:"The proposal is too long.",
  dotsinfo:"Put your dots on the actors that matter most to you."}
};
const langs=(navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||"en"]);
const lang=String(langs[0]||"en").toLowerCase().indexOf("de")===0?"de":"en";
const t=T[lang];
document.documentElement.lang=lang;
function el(tag,cls,text){const e=document.createElement(tag);if(cls)e.className=cls;if(text!==undefined)e.textContent=text;return e;}
function token(){
 let v=null;
 try{v=localStorage.getItem("netmap-device");}catch(e){}
 if(!v||!/^[0-9a-f]{32}$/.test(v)){
  const b=new Uint8Array(16);crypto.getRandomValues(b);
  v=Array.from(b,x=>x.toString(16).padStart(2,"0")).join("");
  try{localStorage.setItem("netmap-device",v);}catch(e){}
 }
 return v;
}
const device=token();
let map={title:"",categories:[],districts:[],tie_kinds:[],actors:[],dots:0,dots_left:0};
const status=document.getElementById("status");
function say(text,ok){status.textContent=text;status.className=ok?"ok":"err";}
function label(entry){return entry[lang]||entry.key;}
function options(select,entries,optional){
 select.textContent="";
 if(optional){const o=el("option","",t.none);o.value="";select.appendChild(o);}
 for(const entry of entries){const o=el("option","",label(entry));o.value=entry.key;select.appendChild(o);}
}
function picker(host,caption){
 const box=el("div");const lab=el("label","",caption);const input=el("input");
 input.type="search";input.placeholder=t.type;input.autocomplete="off";
 const id="p"+Math.random().toString(36).slice(2);input.id=id;lab.htmlFor=id;
 const hits=el("ul","hits");const picked=el("div","picked");picked.hidden=true;
 const state={id:null};
 function show(){
  hits.textContent="";
  const q=input.value.trim().toLowerCase();if(!q)return;
  let n=0;
  for(const a of map.actors){
   if(a.name.toLowerCase().indexOf(q)<0)continue;
   const li=el("li");const b=el("button","",a.name);b.type="button";
   b.addEventListener("click",()=>{state.id=a.id;picked.textContent=a.name;picked.hidden=false;input.value="";hits.textContent="";});
   li.appendChild(b);hits.appendChild(li);if(++n>=6)break;
  }
 }
 input.addEventListener("input",show);
 box.append(lab,input,hits,picked);host.appendChild(box);
 state.reset=()=>{state.id=null;picked.hidden=true;picked.textContent="";input.value="";hits.textContent="";};
 return state;
}
async function send(body,button,after){
 body.device=device;button.disabled=true;
 try{
  const r=await fetch("api/proposals",{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(body),
   credentials:"omit",cache:"no-store"});
  let data={};try{data=await r.json();}catch(e){}
  if(r.status===201||r.status===202){say(r.status===201?t.applied:t.queued,true);
   if(typeof data.dots_left==="number"){map.dots_left=data.dots_left;dotsLeft();}
   if(after)after();}
  else if(r.status===429)say(t.busy,false);
  else if(r.status===413)say(t.large,false);
  else if(r.status===404)say(t.gone,false);
  else say(t.failed+(data.error||r.status),false);
 }catch(e){say(t.offline,false);}
 finally{button.disabled=false;}
}
function submit(text,handler){const b=el("button","send",text);b.type="button";b.addEventListener("click",()=>handler(b));return b;}
function field(host,caption,control){const id="f"+Math.random().toString(36).slice(2);control.id=id;const l=el("label","",caption);
 l.htmlFor=id;host.append(l,control);return control;}
const main=document.querySelector("main");const nav=document.querySelector("nav");
const sections={};
for(const key of ["actor","tie","rating","dot"]){
 const s=el("section");s.id="s-"+key;sections[key]=s;main.appendChild(s);
 const b=el("button","",t[key]);b.type="button";b.id="tab-"+key;
 b.addEventListener("click",()=>{for(const k in sections){sections[k].classList.toggle("on",k===key);}
  for(const x of nav.children)x.classList.toggle("on",x===b);status.className="";});
 nav.appendChild(b);
}
// actor
const aName=field(sections.actor,t.name,el("input"));aName.maxLength=500;aName.autocomplete="off";
const aCat=field(sections.actor,t.category,el("select"));
const aDist=field(sections.actor,t.district,el("select"));
sections.actor.appendChild(submit(t.send,b=>{
 if(!aName.value.trim()){say(t.failed+t.name,false);return;}
 send({kind:"actor",name:aName.value,category:aCat.value,district:aDist.value},b,()=>{aName.value="";});}));
// tie
const tFrom=picker(sections.tie,t.from);const tTo=picker(sections.tie,t.to);
const tKind=field(sections.tie,t.kind,el("select"));
sections.tie.appendChild(submit(t.send,b=>{
 if(tFrom.id===null||tTo.id===null){say(t.pick,false);return;}
 send({kind:"tie",source:tFrom.id,target:tTo.id,tie_kind:tKind.value},b,()=>{tFrom.reset();tTo.reset();});}));
// rating
const rWho=picker(sections.rating,t.which);
const rRange=field(sections.rating,t.influence,el("input"));rRange.type="range";rRange.min="0";rRange.max="10";rRange.value="5";
const rValue=el("div","value","5");sections.rating.appendChild(rValue);
rRange.addEventListener("input",()=>{rValue.textContent=rRange.value;});
sections.rating.appendChild(el("label","",t.attitude));
const radios=el("div","radios");sections.rating.appendChild(radios);
const rName="att"+Math.random().toString(36).slice(2);
for(const v of ["supportive","neutral","critical",""]){
 const l=el("label");const i=el("input");i.type="radio";i.name=rName;i.value=v;if(v==="")i.checked=true;
 l.append(i,document.createTextNode(" "+(v?t[v]:t.unknown)));radios.appendChild(l);}
sections.rating.appendChild(submit(t.send,b=>{
 if(rWho.id===null){say(t.pick,false);return;}
 const a=radios.querySelector("input:checked");
 send({kind:"rating",actor:rWho.id,influence:Number(rRange.value),attitude:a?a.value:""},b,()=>{rWho.reset();});}));
// dots
sections.dot.appendChild(el("p","hint",t.dotsinfo));
const dLeft=el("p","left"),dLabel=el("span"),dCount=el("span","value");dLeft.append(dLabel,dCount);
sections.dot.appendChild(dLeft);
function dotsLeft(){dLabel.textContent=t.left;dCount.textContent=map.dots_left;}
const dWho=picker(sections.dot,t.which);
sections.dot.appendChild(submit(t.place,b=>{
 if(dWho.id===null){say(t.pick,false);return;}
 send({kind:"dot",actor:dWho.id},b,()=>{dWho.reset();});}));
main.appendChild(status);
document.getElementById("sub").textContent=t.sub;
async function load(){
 try{
  const r=await fetch("api/map?device="+device,{credentials:"omit",cache:"no-store"});
  if(r.status===404){say(t.gone,false);return;}
  if(!r.ok){say(t.failed+r.status,false);return;}
  map=await r.json();
  document.getElementById("title").textContent=map.title||"NetMap";document.title=map.title||"NetMap";
  options(aCat,map.categories,true);options(aDist,map.districts,true);options(tKind,map.tie_kinds,true);dotsLeft();
 }catch(e){say(t.offline,false);}
}
nav.firstChild.click();
load();
setInterval(load,20000);
})();
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


PAGE_CSP = (f"default-src 'none'; script-src {_hash(_JS)}; style-src {_hash(_CSS)}; connect-src 'self'; "
            "img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
"""Only this page's own script and style (by hash) run; it talks to its own server only."""

_PAGE = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
         f"<meta http-equiv=\"Content-Security-Policy\" content=\"{PAGE_CSP}\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"referrer\" content=\"no-referrer\">\n<title>NetMap</title>\n"
         f"<style>{_CSS}</style>\n</head>\n<body>\n"
         "<header><h1 id=\"title\">NetMap</h1><p id=\"sub\"></p></header>\n<nav></nav>\n<main>"
         "<div id=\"status\" role=\"status\" aria-live=\"polite\"></div></main>\n"
         f"<script>{_JS}</script>\n</body>\n</html>\n").encode()


def page_html() -> bytes:
    """The page, the same for every participant (the data comes from api/map)."""
    return _PAGE
