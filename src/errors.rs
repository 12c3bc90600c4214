//! The one error type of the format core.
//!
//! Each variant says what went wrong in terms a Keras user recognises; the Python binding maps
//! the variant (not the message) onto the exception class upstream Keras raises in that case.

use std::path::PathBuf;

/// Everything that can go wrong while reading or writing a model file.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An operating-system error on a named file (missing, unreadable, disk full, ...).
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not a readable zip archive (not a zip, truncated, bad CRC, ...).
    #[error("{0}")]
    BadZip(String),
    /// A member the format requires is absent from the archive.
    #[error("There is no item named '{0}' in the archive")]
    MissingMember(String),
    /// The bytes are not a readable HDF5 file, or libhdf5 reported an error.
    #[error("{0}")]
    Hdf5(String),
    /// The file is well formed but asks for something refused on purpose (links, bombs, ...).
    #[error("Not allowed: {0}")]
    Refused(String),
    /// A path, dtype, shape or argument that does not fit the format.
    #[error("{0}")]
    Invalid(String),
    /// A value the format cannot hold at all (a name longer than an HDF5 object header).
    #[error("{0}")]
    TooLarge(String),
}

/// Result alias of the format core.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The same error again (the operating system's code and message kept), for each call
    /// that has to report one failure.
    pub fn again(&self) -> Self {
        match self {
            Error::Io { path, source } => Error::Io {
                path: path.clone(),
                source: match source.raw_os_error() {
                    Some(code) => std::io::Error::from_raw_os_error(code),
                    None => std::io::Error::new(source.kind(), source.to_string()),
                },
            },
            Error::BadZip(m) => Error::BadZip(m.clone()),
            Error::MissingMember(m) => Error::MissingMember(m.clone()),
            Error::Hdf5(m) => Error::Hdf5(m.clone()),
            Error::Refused(m) => Error::Refused(m.clone()),
            Error::Invalid(m) => Error::Invalid(m.clone()),
            Error::TooLarge(m) => Error::TooLarge(m.clone()),
        }
    }

    /// An I/O error annotated with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

impl From<zip::result::ZipError> for Error {
    fn from(e: zip::result::ZipError) -> Self {
        match e {
            zip::result::ZipError::FileNotFound => Error::BadZip("member not found".into()),
            other => Error::BadZip(format!("Bad zip archive: {other}")),
        }
    }
}

impl From<hdf5::Error> for Error {
    /// libhdf5's innermost message (the first frame walking down) says what is wrong
    /// ("truncated file", "file signature not found"); outer frames only name the call. A
    /// write that failed for want of room says so in the frame of the system call, wherever
    /// it is: that becomes the operating system's error (`crate::io::sys::disk_full`).
    fn from(e: hdf5::Error) -> Self {
        let stack = e.stack();
        let frames = stack.iter().flat_map(|stack| stack.iter());
        if let Some(frame) = frames.into_iter().find(|f| is_no_space(f.desc())) {
            return Error::io("", crate::io::sys::disk_full(frame.desc().to_owned()));
        }
        let inner = stack
            .and_then(|stack| stack.first().map(|frame| frame.desc().to_owned()))
            .filter(|desc| !desc.is_empty());
        Error::Hdf5(inner.unwrap_or_else(|| e.to_string()))
    }
}

/// Whether a libhdf5 message reports the system's "no space left on device" (its sec2
/// driver quotes `errno` and `strerror`).
fn is_no_space(desc: &str) -> bool {
    desc.contains("No space left on device")
        || desc.contains(&format!("errno = {},", crate::io::sys::ENOSPC))
}

impl Error {
    /// Whether this is the file system's "no space left on device".
    pub fn is_disk_full(&self) -> bool {
        match self {
            Error::Io { source, .. } => {
                source.kind() == std::io::ErrorKind::StorageFull
                    || source.raw_os_error() == Some(crate::io::sys::ENOSPC)
            }
            Error::Hdf5(msg) => is_no_space(msg),
            _ => false,
        }
    }
}
