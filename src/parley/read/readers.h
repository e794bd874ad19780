// Factories of the format readers (internal to src/parley/read/; everyone
// else uses new_record_reader() or DocumentStream from reader.h).
#pragma once

#include <istream>
#include <memory>
#include <string>

#include "parley/read/reader.h"

namespace parley {

std::unique_ptr<RecordReader> new_text_reader(std::istream* in, const std::string& path,
                                              const ReadOptions& options, ErrorSink errors);
std::unique_ptr<RecordReader> new_jsonl_reader(std::istream* in, const std::string& path,
                                               const ReadOptions& options, ErrorSink errors);
std::unique_ptr<RecordReader> new_xml_reader(std::istream* in, const std::string& path,
                                             const ReadOptions& options, ErrorSink errors);
std::unique_ptr<RecordReader> new_conllu_input(std::istream* in, const std::string& path,
                                               const ReadOptions& options, ErrorSink errors);
std::unique_ptr<RecordReader> new_csv_reader(std::istream* in, const std::string& path,
                                             char separator, const ReadOptions& options,
                                             ErrorSink errors);

}  // namespace parley
