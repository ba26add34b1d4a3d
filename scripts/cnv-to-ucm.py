#!/usr/bin/env python3
"""Writes the .ucm source of an ICU MBCS converter from its compiled .cnv file, so that
makeconv can compile it again with --small (no fromUnicode tables in the file: ICU builds
them when the converter is first opened). Used by scripts/build-icu-wasm.sh for
gb18030.cnv: Debian's ICU source package carries the compiled data file only, not the
.ucm sources.

Reads an ICU 72 .cnv (MBCS, header version 4 or 5, round-trip mappings only) and writes
  - the header: name, byte lengths, substitution character;
  - the state table as <icu:state> lines, one per state, with the transitions and final
    actions the file has (makeconv works the offsets out again);
  - one |0 mapping line for every byte sequence the toUnicode table maps.
Byte sequences the state table calls unassigned (GB18030's four-byte ranges, which ICU
computes instead of storing) stay unassigned. Anything this does not carry over (fallback
mappings, an extension table with mappings, other state actions) stops it with an error.
scripts/check-cnv.cpp then checks that the rebuilt converter converts every byte sequence
and every code point as the original does.

Usage: cnv-to-ucm.py IN.cnv OUT.ucm
"""
import struct
import sys

# Final-entry actions of the MBCS state table (ucnvmbcs.h).
VALID_DIRECT_16, VALID_DIRECT_20, VALID_16, UNASSIGNED, ILLEGAL = 0, 1, 4, 6, 7
# What a .ucm state line writes after a final entry's bytes (the actions handled here).
ACTION_SUFFIX = {VALID_DIRECT_16: '', VALID_16: '', UNASSIGNED: '.u'}
MBCS_OUTPUT_1, MBCS_OUTPUT_2, MBCS_OUTPUT_3, MBCS_OUTPUT_4 = 0, 1, 2, 3


def fail(message):
    sys.exit(f'cnv-to-ucm: {message}')


def main(src, dst):
    data = open(src, 'rb').read()
    header_size = struct.unpack_from('<H', data, 0)[0]
    static = header_size
    name = data[static + 4:static + 64].split(b'\0')[0].decode('ascii')
    conversion_type, min_bytes, max_bytes = data[static + 69], data[static + 70], data[static + 71]
    subchar = data[static + 72:static + 72 + data[static + 76]]
    # Fallbacks (|1, |3) would need the fromUnicode table read to tell them from round trips.
    if data[static + 77] or data[static + 78]:
        fail(f'{name} has fallback mappings; this script writes round trips only')
    if conversion_type != 2:
        fail(f'{name} is not an MBCS converter')
    mbcs = static + 100
    version = data[mbcs:mbcs + 4]
    (count_states, count_fallbacks, off_code_units, off_from_u_table, off_from_u_bytes, flags,
     from_u_bytes_length) = struct.unpack_from('<7I', data, mbcs + 4)
    if version[0] == 4:
        header_words = 8
    elif version[0] == 5:
        options = struct.unpack_from('<I', data, mbcs + 32)[0]
        header_words = options & 0x3f
        if options & 0x10:
            fail('the file has no fromUnicode tables already (--small)')
    else:
        fail(f'unknown MBCS header version {version[0]}')
    output_type = flags & 0xff
    if output_type not in (MBCS_OUTPUT_1, MBCS_OUTPUT_2, MBCS_OUTPUT_3, MBCS_OUTPUT_4):
        fail(f'output type {output_type} is not handled here')
    ext_offset = flags >> 8
    if ext_offset:
        indexes = struct.unpack_from('<32i', data, mbcs + ext_offset)
        to_u_length, from_u_length = indexes[2], indexes[7]
        # Both tables always hold one leading entry; anything past it is a mapping.
        to_u = struct.unpack_from(f'<{to_u_length}I', data, mbcs + ext_offset + indexes[1])
        from_u_values = struct.unpack_from(f'<{from_u_length}I', data, mbcs + ext_offset + indexes[6])
        if any(to_u[1:]) or any(from_u_values) or indexes[4] or indexes[9]:
            fail('the extension table holds mappings; this script does not carry them over')

    states_at = mbcs + 4 * header_words
    table = [struct.unpack_from('<256i', data, states_at + 1024 * s) for s in range(count_states)]
    if count_fallbacks:
        fail(f'{name} has toUnicode fallbacks; this script writes round trips only')
    code_units_at = mbcs + off_code_units
    count_code_units = (off_from_u_table - off_code_units) // 2
    code_units = struct.unpack_from(f'<{count_code_units}H', data, code_units_at)

    def is_final(entry):
        return entry < 0

    def next_state(entry):
        return (entry >> 24) & 0x7f

    def action(entry):
        return (entry >> 20) & 0xf

    def final_value(entry):
        return entry & 0xfffff

    # <icu:state> lines: runs of bytes with the same next state and action.
    state_lines = []
    for s, row in enumerate(table):
        parts = []
        b = 0
        while b < 256:
            e = row[b]
            key = (is_final(e), next_state(e), action(e) if is_final(e) else None)
            end = b
            while end + 1 < 256:
                f = row[end + 1]
                if (is_final(f), next_state(f), action(f) if is_final(f) else None) != key:
                    break
                end += 1
            span = f'{b:x}' if b == end else f'{b:x}-{end:x}'
            if not is_final(e):
                parts.append(f'{span}:{next_state(e):x}')
            elif action(e) != ILLEGAL:
                a = action(e)
                if a not in ACTION_SUFFIX:
                    fail(f'state {s}: action {a} is not handled here')
                if next_state(e) != 0:
                    fail(f'state {s}: a final entry leads to state {next_state(e)}; not handled here')
                parts.append(span + ACTION_SUFFIX[a])
            b = end + 1
        if not parts:
            fail(f'state {s} has only illegal bytes')
        state_lines.append(', '.join(parts))

    # toUnicode: walk every byte sequence the state table accepts.
    to_u = {}  # bytes -> code point

    def walk(state, prefix, offset):
        for b in range(256):
            e = table[state][b]
            seq = prefix + bytes([b])
            if not is_final(e):
                walk(next_state(e), seq, offset + (e & 0xffffff))
                continue
            a = action(e)
            if a == VALID_DIRECT_16:
                c = final_value(e)
            elif a == VALID_DIRECT_20:
                c = final_value(e) + 0x10000
            elif a == VALID_16:
                c = code_units[offset + final_value(e)]
                if c >= 0xfffe:  # 0xfffe: a fallback (there are none), 0xffff: unassigned
                    continue
            elif a in (UNASSIGNED, ILLEGAL):
                continue
            else:
                fail(f'state {state}: action {a} is not handled here')
            to_u[seq] = c

    walk(0, b'', 0)
    mappings = sorted((c, seq) for seq, c in to_u.items())

    with open(dst, 'w', encoding='ascii', newline='\n') as out:
        out.write(f'# Generated from {name}.cnv by scripts/cnv-to-ucm.py.\n')
        out.write(f'<code_set_name>               "{name}"\n')
        out.write(f'<mb_cur_max>                  {max_bytes}\n')
        out.write(f'<mb_cur_min>                  {min_bytes}\n')
        out.write('<uconv_class>                 "MBCS"\n')
        out.write('<subchar>                     ' + ''.join(f'\\x{b:02X}' for b in subchar) + '\n')
        out.write('<icu:charsetFamily>           "ASCII"\n')
        for line in state_lines:
            out.write(f'<icu:state>                   {line}\n')
        out.write('\nCHARMAP\n')
        for c, seq in mappings:
            out.write(f'<U{c:04X}> ' + ''.join(f'\\x{b:02X}' for b in seq) + ' |0\n')
        out.write('END CHARMAP\n')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
