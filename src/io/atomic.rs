//! Atomic replacement: a save writes a temporary file beside its target (through symbolic
//! links), renames it into place when complete, and removes it otherwise; what killed saves
//! left is removed by the next save to the same target.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::errors::{Error, Result};
use crate::io::cache::{start_writeback, WRITE_BACK_FROM};
use crate::io::sys;

/// A file that removes itself when dropped, unless kept: the temporary file a save writes
/// before renaming it over its target.
pub(crate) struct TempPath {
    pub(crate) path: Option<PathBuf>,
    /// The file the rename replaces: the save's target, through its symbolic links.
    pub(crate) target: PathBuf,
}

impl TempPath {
    /// A fresh, unused name in the directory of the file a save to `target` replaces
    /// (`through_links`); what saves to it killed before they finished left there is removed
    /// first (`remove_stale`).
    pub(crate) fn beside(target: &Path, suffix: &str) -> Result<Self> {
        let target = through_links(target)?;
        let dir = target.parent().unwrap_or(Path::new(""));
        let stem = target
            .file_name()
            .map(|n| temp_stem(&n.to_string_lossy()))
            .unwrap_or_default();
        Self::remove_stale(dir, &stem);
        let nonce = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let name = format!(
            ".{stem}.{}@{:08x}.{nonce:x}.{suffix}",
            std::process::id(),
            sys::machine_tag()
        );
        Ok(TempPath {
            path: Some(dir.join(name)),
            target,
        })
    }

    pub(crate) fn path(&self) -> &Path {
        self.path.as_deref().expect("temporary path already kept")
    }

    /// The file the rename replaces.
    pub(crate) fn target(&self) -> &Path {
        &self.target
    }

    /// Removes what saves to the file `stem` of `dir` killed before they finished left
    /// beside it: hidden temporary files named as `beside` names them, of a process that is
    /// gone. One of this machine's goes at once; one of another machine sharing the directory
    /// (or named without the machine) only once it has not changed for `STALE_AFTER`, as
    /// its process cannot be asked about and a save under way keeps its file changing. Best
    /// effort: anything unexpected is left.
    fn remove_stale(dir: &Path, stem: &str) {
        if stem.is_empty() {
            return;
        }
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let prefix = format!(".{stem}.");
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(rest) = name.strip_prefix(&prefix) else {
                continue;
            };
            let wait = match stale_temp(rest, sys::machine_tag(), sys::process_alive) {
                Stale::No => continue,
                Stale::Now => std::time::Duration::ZERO,
                Stale::IfUnchangedFor(wait) => wait,
            };
            let unchanged = entry
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.elapsed().ok().or(Some(std::time::Duration::ZERO)))
                .is_some_and(|age| age >= wait);
            if unchanged {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Renames the file over its target; it is no longer removed.
    ///
    /// Freeing a large file that the rename replaces (its blocks, its cached pages) takes
    /// time. The replaced file is held open across the rename, so the rename only unlinks
    /// it, and the last close, which frees it, happens on a thread of its own. Should the
    /// process end first, the kernel closes it: nothing is left behind.
    ///
    /// The same thread then starts writing a large new file back to disk
    /// (`start_writeback`), which upstream's save gets from ext4 when it rewrites a file in
    /// place (`auto_da_alloc`) and a rename into place with reserved blocks does not:
    /// - the new file reaches the disk within moments, as upstream's does when it rewrites
    ///   a file, not up to half a minute later (`vm.dirty_expire_centisecs`) while its old
    ///   version is already gone;
    /// - the next save to the same target finds it clean, so `release_cached_pages` can
    ///   hand its pages to the new file (a save over a still-dirty file gets fresh memory,
    ///   slower to fill on a VM whose host takes back what its guest frees).
    pub(crate) fn persist(&mut self) -> Result<()> {
        let path = self.path.take().expect("temporary path already kept");
        let target = &self.target;
        let replaced = sys::open_regular(target).ok();
        let written = File::open(&path)
            .ok()
            .filter(|f| f.metadata().is_ok_and(|m| m.len() >= WRITE_BACK_FROM));
        if let Err(e) = std::fs::rename(&path, target) {
            let _ = std::fs::remove_file(&path);
            return Err(Error::io(target, e));
        }
        if replaced.is_some() || written.is_some() {
            // Without a thread to be had, the files are closed here, with the closure.
            let _ = std::thread::Builder::new().spawn(move || {
                drop(replaced);
                if let Some(written) = written {
                    start_writeback(&written, 32 << 20);
                }
            });
        }
        Ok(())
    }
}

/// The file a save to `target` writes: `target` itself, or the file its symbolic links lead
/// to. Upstream opens the path for writing, which writes through the links (and creates the
/// file a dangling link names); kerasave replaces that file and leaves the links as they are.
pub(crate) fn through_links(target: &Path) -> Result<PathBuf> {
    // Linux's limit on the links followed in resolving one path.
    const MAX_LINKS: usize = 40;
    let mut path = target.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&path).map_err(|e| Error::io(target, e))?;
                // An absolute link replaces the whole path; a relative one is relative to
                // the link's directory.
                path = path.parent().unwrap_or(Path::new("")).join(link);
            }
            _ => return Ok(path),
        }
    }
    #[cfg(unix)]
    let too_many = std::io::Error::from_raw_os_error(libc::ELOOP);
    #[cfg(not(unix))]
    let too_many = std::io::Error::other("too many levels of symbolic links");
    Err(Error::io(target, too_many))
}

/// The part of a temporary file's name that names its target: the target's file name, or,
/// when that is long, its start and a hash of the whole, so that the temporary name stays
/// within the file system's limit on a name (255 bytes) wherever the target's does.
pub(crate) fn temp_stem(name: &str) -> String {
    // The rest of the name (`.`, pid, machine, nonce, kind) takes at most 66 bytes.
    const KEEP: usize = 160;
    if name.len() <= KEEP {
        return name.to_owned();
    }
    let mut cut = KEEP - 9;
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}~{:08x}", &name[..cut], crc32fast::hash(name.as_bytes()))
}

/// Writes `target` atomically: `write` fills a temporary file beside it, which is then renamed
/// into place; on any error the temporary file is removed and `target` is left as it was. A
/// symbolic link is written through (`through_links`).
pub fn write_atomic(
    target: &Path,
    kind: &str,
    write: impl FnOnce(&Path) -> Result<()>,
) -> Result<()> {
    let mut temp = TempPath::beside(target, &format!("{kind}.tmp"))?;
    write(temp.path())?;
    temp.persist()
}

/// How long a killed save's temporary file of another machine (or named without the
/// machine) must have been left unchanged before a later save to the same target removes it.
pub(crate) const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

/// Whether a temporary file left beside a target may be removed.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Stale {
    No,
    Now,
    IfUnchangedFor(std::time::Duration),
}

/// Whether `rest`, a temporary file's name after `.<target name>.`, is
/// `<pid>@<machine>.<hex>.<kind>.tmp` (or `<pid>.<hex>.<kind>.tmp`) as `TempPath::beside`
/// names it, of a process other than this one that is not running: at once on this machine
/// (`machine`), after `STALE_AFTER` unchanged otherwise.
pub(crate) fn stale_temp(rest: &str, machine: u32, alive: impl Fn(u32) -> bool) -> Stale {
    let parts: Vec<&str> = rest.split('.').collect();
    let [owner, nonce, kind, "tmp"] = parts.as_slice() else {
        return Stale::No;
    };
    let known = ["keras", "h5", "npz", "safetensors", "json"].contains(kind);
    let hex = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_hexdigit());
    if !known || !hex(nonce) {
        return Stale::No;
    }
    let (pid, machine_of) = match owner.split_once('@') {
        Some((pid, tag)) if tag.len() == 8 && hex(tag) => (pid, u32::from_str_radix(tag, 16).ok()),
        Some(_) => return Stale::No,
        None => (*owner, None),
    };
    let Ok(pid) = pid.parse::<u32>() else {
        return Stale::No;
    };
    let gone = || pid != std::process::id() && !alive(pid);
    match machine_of {
        Some(m) if m == machine => {
            if gone() {
                Stale::Now
            } else {
                Stale::No
            }
        }
        // Another machine's process cannot be asked about.
        Some(_) => Stale::IfUnchangedFor(STALE_AFTER),
        // Named without the machine: maybe another's.
        None if gone() => Stale::IfUnchangedFor(STALE_AFTER),
        None => Stale::No,
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        if let Some(path) = self.path.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errors::Error;

    #[test]
    fn stale_temporary_names() {
        let (dead, alive) = (|_| false, |_| true);
        let later = Stale::IfUnchangedFor(STALE_AFTER);
        let here = 0x1234abcd;
        // This machine's: at once when its process is gone.
        assert_eq!(
            stale_temp("4242@1234abcd.18a9f.keras.tmp", here, dead),
            Stale::Now
        );
        assert_eq!(stale_temp("4242@1234abcd.0.h5.tmp", here, dead), Stale::Now);
        assert_eq!(
            stale_temp("4242@1234abcd.ff.npz.tmp", here, alive),
            Stale::No
        );
        let me = format!("{}@1234abcd.1.keras.tmp", std::process::id());
        assert_eq!(stale_temp(&me, here, dead), Stale::No);
        // Another machine's, whatever runs here under that id; unnamed ones as before.
        assert_eq!(stale_temp("4242@00000001.1.keras.tmp", here, alive), later);
        assert_eq!(stale_temp("4242.18a9f.keras.tmp", here, dead), later);
        assert_eq!(stale_temp("4242.18a9f.keras.tmp", here, alive), Stale::No);
        let me = format!("{}.1.keras.tmp", std::process::id());
        assert_eq!(stale_temp(&me, here, dead), Stale::No);
        for other in [
            "4242.xyz.keras.tmp",
            "4242.1.txt.tmp",
            "a.1.h5.tmp",
            "4242.1.h5",
            "4242@123.1.h5.tmp",
            "4242@1234abcz.1.h5.tmp",
            "@1234abcd.1.h5.tmp",
            "",
        ] {
            assert_eq!(stale_temp(other, here, dead), Stale::No, "{other}");
        }
    }

    #[test]
    fn long_names_keep_their_temporary_names_within_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        for len in [150, 200, 240, 255] {
            for c in ["a", "é"] {
                let name: String = c.repeat(len / c.len());
                let target = dir.path().join(&name);
                let temp = TempPath::beside(&target, "keras.tmp").unwrap();
                let temp_name = temp.path().file_name().unwrap().len();
                assert!(temp_name <= 255, "{len} {c}: {temp_name}");
                write_atomic(&target, "h5", |p| {
                    std::fs::write(p, b"x").map_err(|e| Error::io(p, e))
                })
                .unwrap();
                assert_eq!(std::fs::read(&target).unwrap(), b"x");
            }
        }
        // Two long names alike in their first bytes name their temporary files apart.
        let (a, b) = ("x".repeat(200) + "a", "x".repeat(200) + "b");
        assert_ne!(temp_stem(&a), temp_stem(&b));
        assert_eq!(temp_stem("m.keras"), "m.keras");
    }

    #[cfg(unix)]
    #[test]
    fn a_save_through_a_symbolic_link_replaces_the_file_it_leads_to() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let real_dir = dir.path().join("real");
        std::fs::create_dir(&real_dir).unwrap();
        let real = real_dir.join("m.weights.h5");
        std::fs::write(&real, b"old").unwrap();
        // A chain: link -> rel (relative) -> real.
        let rel = real_dir.join("rel.h5");
        symlink("m.weights.h5", &rel).unwrap();
        let link = dir.path().join("link.weights.h5");
        symlink(&rel, &link).unwrap();
        let save = |target: &Path| {
            write_atomic(target, "h5", |p| {
                std::fs::write(p, b"new").map_err(|e| Error::io(p, e))
            })
        };
        save(&link).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(std::fs::symlink_metadata(&rel)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        // The temporary file was written beside the real file, and is gone.
        assert_eq!(std::fs::read_dir(&real_dir).unwrap().count(), 2);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
        // A dangling link: the file it names is created.
        let dangling = dir.path().join("dangling.h5");
        symlink(real_dir.join("new.h5"), &dangling).unwrap();
        save(&dangling).unwrap();
        assert_eq!(std::fs::read(real_dir.join("new.h5")).unwrap(), b"new");
        // A loop is an error naming the target, and nothing is written.
        let (x, y) = (dir.path().join("x.h5"), dir.path().join("y.h5"));
        symlink(&y, &x).unwrap();
        symlink(&x, &y).unwrap();
        let err = save(&x).unwrap_err().to_string();
        assert!(
            err.contains("x.h5") && err.contains("symbolic links"),
            "{err}"
        );
    }
}
