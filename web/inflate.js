// Raw DEFLATE (RFC 1951) decoder, after zlib's puff.c. The stand-alone page carries the
// wasm deflated (half the size of plain base64) and inflates it here, in the worker:
// DecompressionStream is missing or lacks 'deflate-raw' in the older Chromium builds we support.
var gkInflateRaw = (function () {
  'use strict';
  var LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258];
  var LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  // Canonical Huffman code: how many codes of each length, and the symbols in code order.
  function huffman(lengths, start, n) {
    var count = new Uint16Array(16);
    var symbol = new Uint16Array(n);
    var offs = new Uint16Array(16);
    var i;
    for (i = 0; i < n; i++) count[lengths[start + i]]++;
    count[0] = 0;
    for (i = 1; i < 16; i++) offs[i] = offs[i - 1] + count[i - 1];
    for (i = 0; i < n; i++) if (lengths[start + i]) symbol[offs[lengths[start + i]]++] = i;
    return { count: count, symbol: symbol };
  }

  var fixedLen = null;
  var fixedDist = null;
  function fixedTables() {
    if (fixedLen) return;
    var l = new Uint8Array(288);
    var i;
    for (i = 0; i < 144; i++) l[i] = 8;
    for (; i < 256; i++) l[i] = 9;
    for (; i < 280; i++) l[i] = 7;
    for (; i < 288; i++) l[i] = 8;
    fixedLen = huffman(l, 0, 288);
    var d = new Uint8Array(30);
    for (i = 0; i < 30; i++) d[i] = 5;
    fixedDist = huffman(d, 0, 30);
  }

  return function inflateRaw(src) {
    var pos = 0;
    var bitbuf = 0;
    var bitcnt = 0;
    var out = new Uint8Array(Math.max(1024, src.length * 3));
    var n = 0;

    function bits(need) {
      while (bitcnt < need) {
        if (pos >= src.length) throw new Error('inflate: input ends early');
        bitbuf |= src[pos++] << bitcnt;
        bitcnt += 8;
      }
      var v = bitbuf & ((1 << need) - 1);
      bitbuf >>>= need;
      bitcnt -= need;
      return v;
    }
    function room(more) {
      if (n + more <= out.length) return;
      var bigger = new Uint8Array(Math.max(out.length * 2, n + more));
      bigger.set(out.subarray(0, n));
      out = bigger;
    }
    function decode(h) {
      var code = 0;
      var first = 0;
      var index = 0;
      for (var len = 1; len < 16; len++) {
        code |= bits(1);
        var count = h.count[len];
        if (code - count < first) return h.symbol[index + (code - first)];
        index += count;
        first = (first + count) << 1;
        code <<= 1;
      }
      throw new Error('inflate: bad code');
    }
    function codes(lencode, distcode) {
      for (;;) {
        var sym = decode(lencode);
        if (sym < 256) {
          room(1);
          out[n++] = sym;
        } else if (sym === 256) {
          return;
        } else {
          sym -= 257;
          if (sym >= 29) throw new Error('inflate: bad length');
          var len = LBASE[sym] + bits(LEXT[sym]);
          var dsym = decode(distcode);
          if (dsym >= 30) throw new Error('inflate: bad distance');
          var dist = DBASE[dsym] + bits(DEXT[dsym]);
          if (dist > n) throw new Error('inflate: distance too far');
          room(len);
          for (var k = 0; k < len; k++, n++) out[n] = out[n - dist];
        }
      }
    }
    function stored() {
      bitbuf = 0;
      bitcnt = 0;
      if (pos + 4 > src.length) throw new Error('inflate: input ends early');
      var len = src[pos] | (src[pos + 1] << 8);
      pos += 4;
      if (pos + len > src.length) throw new Error('inflate: input ends early');
      room(len);
      out.set(src.subarray(pos, pos + len), n);
      pos += len;
      n += len;
    }
    function dynamic() {
      var nlen = bits(5) + 257;
      var ndist = bits(5) + 1;
      var ncode = bits(4) + 4;
      var lengths = new Uint8Array(320);
      var i;
      for (i = 0; i < ncode; i++) lengths[ORDER[i]] = bits(3);
      var lencode = huffman(lengths, 0, 19);
      lengths = new Uint8Array(320);
      i = 0;
      while (i < nlen + ndist) {
        var sym = decode(lencode);
        if (sym < 16) {
          lengths[i++] = sym;
          continue;
        }
        var value = 0;
        var repeat;
        if (sym === 16) {
          if (i === 0) throw new Error('inflate: repeat with no length');
          value = lengths[i - 1];
          repeat = 3 + bits(2);
        } else if (sym === 17) {
          repeat = 3 + bits(3);
        } else {
          repeat = 11 + bits(7);
        }
        if (i + repeat > nlen + ndist) throw new Error('inflate: too many lengths');
        while (repeat--) lengths[i++] = value;
      }
      codes(huffman(lengths, 0, nlen), huffman(lengths, nlen, ndist));
    }

    var last;
    do {
      last = bits(1);
      var type = bits(2);
      if (type === 0) stored();
      else if (type === 1) { fixedTables(); codes(fixedLen, fixedDist); }
      else if (type === 2) dynamic();
      else throw new Error('inflate: bad block type');
    } while (!last);
    return out.slice(0, n);
  };
})();
