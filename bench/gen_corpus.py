#!/usr/bin/env python3
"""Writes N synthetic CSTO news articles into DIR, deterministically.

usage: gen_corpus.py N DIR [--seed S]

Each article is built from varied templates (different outlets' datelines and
date formats, bodies under their several names, joint and single meetings,
held and planned, video and in person, officials with titles before or after
their names, lists of documents), with people's names made from syllables so
that a large corpus names many different people. Same N and seed, same files.
Used by `make bench` (load time, extraction speed, peak RSS) and by the
load tests; it never reads ../shared.
"""
import os
import random
import sys

MEMBERS = [("Armenia", "Armenian", "Yerevan"), ("Belarus", "Belarusian", "Minsk"),
           ("Kazakhstan", "Kazakh", "Astana"), ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
           ("Russia", "Russian", "Moscow"), ("Tajikistan", "Tajik", "Dushanbe")]
BODIES = {
    "CFM": ["Council of Foreign Ministers", "Ministerial Council", "CFM"],
    "CDM": ["Council of Defence Ministers", "Council of Ministers of Defense", "CDM"],
    "CSSC": ["Committee of Secretaries of the Security Councils", "CSSC"],
    "CSC": ["Collective Security Council"],
    "PA": ["Parliamentary Assembly"],
}
TITLES = {"CFM": "Minister of Foreign Affairs", "CDM": "Minister of Defence",
          "CSSC": "Secretary of the Security Council", "CSC": "President", "PA": "Speaker"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
OUTLETS = ["Kazinform", "BelTA", "TASS", "Armenpress", "AKIpress", "Khovar"]
SYL = ["ka", "ra", "mu", "to", "li", "ser", "gei", "nur", "bek", "zha", "vla", "di", "mir",
       "as", "lan", "tem", "ur", "sa", "dyr", "ni", "kol", "em", "o", "ma", "li", "al", "ex"]
SURNAME_END = ["ov", "ev", "in", "bekov", "yan", "ko", "baev", "uly"]
TOPICS = ["the situation in Afghanistan", "information security", "the fight against drug trafficking",
          "illegal migration", "peacekeeping activities", "the crisis response system",
          "cooperation with the CIS and the SCO", "the Collective Rapid Reaction Force"]
DOCS = ["declaration", "statement", "plan", "decision", "agreement", "protocol"]


def name(rng):
    first = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()
    last = ("".join(rng.choice(SYL) for _ in range(rng.randint(1, 2))) + rng.choice(SURNAME_END)).capitalize()
    return f"{first} {last}"


def date_text(rng, y, m, d):
    style = rng.randint(0, 3)
    if style == 0:
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == 1:
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == 2:
        return f"{MONTHS[m - 1][:3]}. {d}, {y}"
    return f"on {d} {MONTHS[m - 1]}, {y}"


def article(rng, i):
    country, adj, city = rng.choice(MEMBERS)
    host, host_adj, host_city = rng.choice(MEMBERS)
    y, m, d = rng.randint(2003, 2025), rng.randint(1, 12), rng.randint(1, 28)
    outlet = rng.choice(OUTLETS)
    joint = rng.random() < 0.4
    codes = ["CFM", "CDM", "CSSC"] if joint else [rng.choice(list(BODIES))]
    names = [rng.choice(BODIES[c]) for c in codes]
    bodies = ", ".join(names[:-1]) + (" and the " if len(names) > 1 else "") + names[-1]
    video = rng.random() < 0.15
    where = "in the video conference format" if video else f"in {host_city}"
    minister, title = name(rng), TITLES[codes[0]]
    lines = [f"CSTO {'joint ' if joint else ''}meeting {'held online' if video else 'held in ' + host_city}", ""]
    lines.append(f"{d:02d}.{m:02d}.{y}")
    lines.append("")
    lede = rng.randint(0, 2)
    if lede == 0:
        lines.append(f"{city.upper()}. {outlet.upper()} {adj} {title} {minister} took part in a "
                     f"{'joint ' if joint else ''}meeting of the {bodies} of the CSTO {where}, {outlet} reports.")
    elif lede == 1:
        lines.append(f"{city.upper()}, {date_text(rng, y, m, d)} ({outlet}) - The {title} of {country} {minister} "
                     f"participated in a session of the {bodies} held {where} {date_text(rng, y, m, d)}.")
    else:
        lines.append(f"{minister}, the {title} of {country}, attended a meeting of the {bodies} {where} "
                     f"{date_text(rng, y, m, d)}.")
    lines.append("")
    surname = minister.split()[-1]
    lines.append(f"The participants discussed {rng.choice(TOPICS)} and {rng.choice(TOPICS)}. "
                 f"{surname} stressed the importance of {rng.choice(TOPICS)}.")
    lines.append("")
    docs = rng.sample(DOCS, rng.randint(1, 3))
    parts = [f"a {t} on {rng.choice(TOPICS)}" for t in docs]
    lines.append(f"The meeting adopted {', '.join(parts[:-1]) + (' and ' if len(parts) > 1 else '') + parts[-1]}.")
    if rng.random() < 0.5:
        other, ocity = name(rng), rng.choice(MEMBERS)
        lines.append(f"CSTO Secretary General {other} also addressed the meeting.")
    if rng.random() < 0.6:
        nxt = rng.choice(MEMBERS)
        lines.append("")
        lines.append(f"The next meeting of the {names[0]} will be held in {nxt[2]} in {y + 1}.")
    for _ in range(rng.randint(0, 4)):
        lines.append("")
        lines.append(f"The sides also exchanged views on {rng.choice(TOPICS)}, {rng.choice(TOPICS)} "
                     f"and {rng.choice(TOPICS)} in the context of the regional situation.")
    lines.append("")
    lines.append("Currently reading")
    return "\n".join(lines) + "\n"


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    seed = 1
    if "--seed" in argv:
        seed = int(argv[argv.index("--seed") + 1])
        args = [a for a in args if a != str(seed)]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    n, out = int(args[0]), args[1]
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    width = len(str(n))
    for i in range(n):
        with open(os.path.join(out, f"gen_{i:0{width}d}.txt"), "w", encoding="utf-8") as f:
            f.write(article(rng, i))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
