//! The build's files: listing them (for a service worker's precache list
//! later) and writing `.br` and `.gz` copies next to the text ones, for
//! servers that send precompressed files (nginx `gzip_static`/`brotli_static`,
//! Caddy `precompressed`).

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Extensions worth compressing: text formats and wasm. Images (png) and
/// fonts are compressed already.
pub const COMPRESSIBLE: &[&str] = &[
    "html",
    "js",
    "css",
    "json",
    "svg",
    "wasm",
    "webmanifest",
    "xml",
    "txt",
];

/// Files smaller than this are sent as they are: a copy saves less than
/// the headers it costs.
pub const COMPRESS_MIN: u64 = 1024;

/// Every file under `root`, as paths relative to it with `/` separators,
/// sorted. Directories are walked; symbolic links are listed as files.
pub fn list_files(root: &Path) -> io::Result<Vec<String>> {
    let mut out = Vec::new();
    walk(root, root, &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            walk(root, &path, out)?;
        } else {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let parts: Vec<_> = rel.iter().map(|p| p.to_string_lossy()).collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}

/// What [`compress_all`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Compressed {
    /// Files that got a `.br` and/or `.gz` copy.
    pub files: usize,
    /// Bytes of the originals that got a copy.
    pub raw_bytes: u64,
    /// Bytes of their brotli copies.
    pub br_bytes: u64,
}

/// Writes `<file>.br` and `<file>.gz` next to every file of `files`
/// (relative to `root`) whose extension is in [`COMPRESSIBLE`] and whose
/// size is at least [`COMPRESS_MIN`]. A copy that would not be smaller than
/// the original is not written.
pub fn compress_all(root: &Path, files: &[String]) -> io::Result<Compressed> {
    let mut report = Compressed::default();
    for rel in files.iter().filter(|f| is_compressible(f)) {
        let path = root.join(rel);
        let raw = fs::read(&path)?;
        if (raw.len() as u64) < COMPRESS_MIN {
            continue;
        }
        let br = brotli_bytes(&raw)?;
        let gz = gzip_bytes(&raw)?;
        let mut wrote = false;
        if br.len() < raw.len() {
            fs::write(with_suffix(&path, "br"), &br)?;
            report.br_bytes += br.len() as u64;
            wrote = true;
        }
        if gz.len() < raw.len() {
            fs::write(with_suffix(&path, "gz"), &gz)?;
            wrote = true;
        }
        if wrote {
            report.files += 1;
            report.raw_bytes += raw.len() as u64;
        }
    }
    Ok(report)
}

/// True for a file name whose extension is in [`COMPRESSIBLE`].
pub fn is_compressible(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && COMPRESSIBLE.contains(&ext))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// Brotli at its best quality (11) and largest standard window (2^22):
/// the files are compressed once per build and served many times.
pub fn brotli_bytes(raw: &[u8]) -> io::Result<Vec<u8>> {
    let mut writer =
        brotli::CompressorWriter::new(Vec::with_capacity(raw.len() / 3), 64 * 1024, 11, 22);
    writer.write_all(raw)?;
    // into_inner finishes the stream (writes its last block).
    Ok(writer.into_inner())
}

/// Gzip at its best level (9).
pub fn gzip_bytes(raw: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(raw.len() / 3),
        flate2::Compression::best(),
    );
    encoder.write_all(raw)?;
    encoder.finish()
}
