// Small PDFs written in the tests: a page of known geometry (media box, crop box, /Rotate)
// with one word of known place, and broken variants of it.
#pragma once
#include <cstdio>
#include <string>
#include <vector>

namespace gk_test {

struct SmallPage {
  std::string media_box = "0 0 600 800";
  std::string crop_box;  // empty: none (the media box)
  int rotate = 0;
  std::string content = "BT /F1 20 Tf 100 700 Td (Hello) Tj ET";  // "Hello", baseline at (100, 700)
};

// A PDF of `pages` (objects numbered 1 catalogue, 2 page tree, 3 font, then a page and its
// content per page), with a correct cross-reference table.
inline std::string small_pdf(const std::vector<SmallPage>& pages) {
  std::vector<std::string> objects;
  std::string kids;
  for (std::size_t i = 0; i < pages.size(); ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const SmallPage& p = pages[i];
    std::string page = "<< /Type /Page /Parent 2 0 R /MediaBox [" + p.media_box + "]";
    if (!p.crop_box.empty()) page += " /CropBox [" + p.crop_box + "]";
    if (p.rotate != 0) page += " /Rotate " + std::to_string(p.rotate);
    page += " /Resources << /Font << /F1 3 0 R >> >> /Contents " + std::to_string(5 + 2 * i) + " 0 R >>";
    objects.push_back(page);
    objects.push_back("<< /Length " + std::to_string(p.content.size()) + " >>\nstream\n" + p.content + "\nendstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t o : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace gk_test
