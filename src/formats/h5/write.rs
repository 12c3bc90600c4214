//! Writing: groups and datasets created as h5py creates them, straight into the file being
//! saved (`H5Writer`).

use hdf5_sys::h5d::H5Dget_space;
use hdf5_sys::h5s::{H5S_seloper_t, H5Sselect_hyperslab};

use super::slices::{copy_box, Meet, Place, BAND};
use super::*;

/// One tensor to write: its dataset name inside its group, type, shape and native bytes.
pub struct DatasetSpec<'a> {
    pub name: String,
    pub info: TensorInfo,
    pub data: &'a [u8],
}

/// One part of a dataset written in parts (each device's part of a variable laid out over
/// devices): the box it fills, from index `start` with extent `count`, and its bytes in C
/// order.
pub struct Part<'a> {
    pub start: Vec<u64>,
    pub count: Vec<u64>,
    pub data: &'a [u8],
}

/// One group to create (with its intermediate groups), its string attributes and datasets.
pub struct GroupSpec<'a> {
    pub path: String,
    pub attrs: Vec<(String, String)>,
    pub datasets: Vec<DatasetSpec<'a>>,
}

/// Writes a new HDF5 file at `path` holding `groups`, in order, as h5py would, after a user
/// block of `userblock` bytes (0, or a power of two of at least 512) that libhdf5 leaves for
/// the caller.
///
/// Returns, for every dataset in order, where libhdf5 put its bytes in the file (counted from
/// the start of the file, user block included), or None when it did not store them as one
/// contiguous run of exactly the given bytes. (Saves go through `H5Writer`; the tests write
/// their fixtures with this.)
#[cfg(test)]
pub fn write_file(
    path: &Path,
    groups: &[GroupSpec<'_>],
    userblock: u64,
) -> Result<Vec<Option<u64>>> {
    let mut w = H5Writer::create(path, userblock)?;
    let mut placed = Vec::new();
    for spec in groups {
        w.group(&spec.path, &spec.attrs)?;
        for ds in &spec.datasets {
            placed.push(w.dataset(&spec.path, ds)?);
        }
    }
    w.close()?;
    Ok(placed)
}

/// An HDF5 file being written object by object, as h5py writes one for Keras.
pub struct H5Writer {
    path: std::path::PathBuf,
    file: Option<Id>,
    lcpl: Id,
    gcpl: Id,
    dcpl: Id,
    /// The group written to last, kept open.
    current: Option<(String, Id)>,
    /// Whether bfloat16 datasets get the `dtype="bfloat16"` attribute (Keras's `.keras`
    /// weights do; legacy `.h5` files do not).
    tag_bfloat16: bool,
}

impl H5Writer {
    /// Creates (truncating) the HDF5 file at `path`, after a user block of `userblock` bytes.
    pub fn create(path: &Path, userblock: u64) -> Result<Self> {
        let cpath = cstring(&path.to_string_lossy())?;
        let file = locked(|| unsafe {
            let fcpl = Id::new(H5Pcreate(*H5P_FILE_CREATE))?;
            // h5py records no modification times, on the root group as everywhere.
            check(H5Pset_obj_track_times(fcpl.0, 0))?;
            if userblock > 0 {
                check(H5Pset_userblock(fcpl.0, userblock))?;
            }
            let fapl = Id::new(H5Pcreate(*H5P_FILE_ACCESS))?;
            // h5py's defaults: the earliest format that can hold the data, no file locking.
            check(H5Pset_libver_bounds(
                fapl.0,
                H5F_libver_t::H5F_LIBVER_EARLIEST,
                hdf5_sys::h5f::H5F_LIBVER_LATEST,
            ))?;
            check(H5Pset_file_locking(fapl.0, 0, 1))?;
            Id::new(H5Fcreate(cpath.as_ptr(), H5F_ACC_TRUNC, fcpl.0, fapl.0))
        })
        .map_err(|e| {
            Error::Hdf5(format!(
                "Unable to create HDF5 file {} ({e})",
                path.display()
            ))
        })?;
        let (lcpl, gcpl, dcpl) = locked(|| unsafe {
            let lcpl = Id::new(H5Pcreate(*H5P_LINK_CREATE))?;
            check(H5Pset_create_intermediate_group(lcpl.0, 1))?;
            let gcpl = Id::new(H5Pcreate(*H5P_GROUP_CREATE))?;
            check(H5Pset_obj_track_times(gcpl.0, 0))?;
            let dcpl = Id::new(H5Pcreate(*H5P_DATASET_CREATE))?;
            check(H5Pset_obj_track_times(dcpl.0, 0))?;
            Ok::<_, Error>((lcpl, gcpl, dcpl))
        })?;
        Ok(H5Writer {
            path: path.to_owned(),
            file: Some(file),
            lcpl,
            gcpl,
            dcpl,
            current: None,
            tag_bfloat16: true,
        })
    }

    /// Whether bfloat16 datasets written from now on get the `dtype="bfloat16"` attribute.
    pub fn tag_bfloat16(&mut self, tag: bool) {
        self.tag_bfloat16 = tag;
    }

    fn file(&self) -> Result<hid_t> {
        self.file
            .as_ref()
            .map(|f| f.0)
            .ok_or_else(|| Error::Invalid("the HDF5 file is closed".into()))
    }

    /// Creates the group at `path` (and the groups above it) with string attributes.
    pub fn group(&mut self, path: &str, attrs: &[(String, String)]) -> Result<()> {
        let group = create_group(self.file()?, path, self.lcpl.0, self.gcpl.0)?;
        for (k, v) in attrs {
            write_str_attr(group.0, k, v)?;
        }
        self.current = Some((path.to_owned(), group));
        Ok(())
    }

    fn open_group(&mut self, path: &str) -> Result<hid_t> {
        if self.current.as_ref().is_none_or(|(p, _)| p != path) {
            let cpath = cstring(if path.is_empty() { "/" } else { path })?;
            let file = self.file()?;
            let id = locked(|| Id::new(unsafe { H5Gopen2(file, cpath.as_ptr(), H5P_DEFAULT) }))
                .map_err(|e| Error::Hdf5(format!("Unable to open group '{path}' ({e})")))?;
            self.current = Some((path.to_owned(), id));
        }
        Ok(self
            .current
            .as_ref()
            .map(|(_, id)| id.0)
            .unwrap_or_default())
    }

    /// Writes the attribute `name` of the existing group `path` ("" for the root).
    pub fn attr(&mut self, path: &str, name: &str, value: &AttrValue<'_>) -> Result<()> {
        let gid = self.open_group(path)?;
        write_attr(gid, name, value).map_err(|e| match e {
            Error::Hdf5(msg) => Error::Hdf5(format!(
                "Unable to create attribute '{name}' of '{path}' ({msg})"
            )),
            other => other,
        })
    }

    /// Writes a dataset into the existing group `group`; returns where its bytes are, as
    /// `write_file` does. A name with slashes creates the groups on its way, as h5py does.
    pub fn dataset(&mut self, group: &str, spec: &DatasetSpec<'_>) -> Result<Option<u64>> {
        let gid = self.open_group(group)?;
        let props = self.dataset_props();
        write_dataset(gid, spec, &props)
            .map_err(|e| Error::Hdf5(format!("Unable to write '{group}/{}' ({e})", spec.name)))
    }

    /// Writes the dataset `name` of `group` from `parts`, which must fill it exactly: the
    /// same dataset, in the same place, as `dataset` writes from the whole tensor.
    pub fn dataset_parts(
        &mut self,
        group: &str,
        name: &str,
        info: &TensorInfo,
        parts: &[Part<'_>],
    ) -> Result<()> {
        check_parts(info, parts).map_err(|e| Error::Invalid(format!("'{group}/{name}': {e}")))?;
        let gid = self.open_group(group)?;
        let props = self.dataset_props();
        write_parts(gid, name, info, parts, &props)
            .map(drop)
            .map_err(|e| Error::Hdf5(format!("Unable to write '{group}/{name}' ({e})")))
    }

    /// The file's end of allocated space: where libhdf5 places the next object it
    /// allocates at the end (`None` if it cannot say).
    pub fn eoa(&self) -> Option<u64> {
        extern "C" {
            // In libhdf5 since 1.10.2; not bound by hdf5-sys.
            fn H5Fget_eoa(file_id: hid_t, eoa: *mut hdf5_sys::h5::haddr_t) -> i32;
        }
        let file = self.file().ok()?;
        let mut eoa: hdf5_sys::h5::haddr_t = 0;
        // SAFETY: an open file and a place for the answer.
        let status = locked(|| unsafe { H5Fget_eoa(file, &mut eoa) });
        (status >= 0 && eoa != HADDR_UNDEF).then_some(eoa)
    }

    /// Removes the link at `path` (the bytes stay in the file, as with h5py).
    pub fn delete(&mut self, path: &str) -> Result<()> {
        let cpath = cstring(path)?;
        let file = self.file()?;
        self.current = None;
        locked(|| check(unsafe { H5Ldelete(file, cpath.as_ptr(), H5P_DEFAULT) }))
            .map_err(|e| Error::Hdf5(format!("Unable to delete '{path}' ({e})")))?;
        Ok(())
    }

    /// Reads back the dataset at `path` into `out` (its size in bytes, native layout).
    pub fn read_into(&mut self, path: &str, dtype: DType, out: &mut [u8]) -> Result<()> {
        let cpath = cstring(path)?;
        let file = self.file()?;
        let mem = file_type(dtype)?;
        locked(|| unsafe {
            let ds = Id::new(H5Dopen2(file, cpath.as_ptr(), H5P_DEFAULT))?;
            let space = Id::new(hdf5_sys::h5d::H5Dget_space(ds.0))?;
            let n = H5Sget_simple_extent_npoints(space.0);
            if n < 0 || (n as usize).checked_mul(dtype.size()) != Some(out.len()) {
                return Err(Error::Invalid(format!(
                    "buffer of {} bytes for dataset '{path}'",
                    out.len()
                )));
            }
            if !out.is_empty() {
                check(H5Dread(
                    ds.0,
                    mem.0,
                    H5S_ALL,
                    H5S_ALL,
                    H5P_DEFAULT,
                    out.as_mut_ptr() as *mut c_void,
                ))?;
            }
            Ok(())
        })
    }

    /// How this file's datasets are created.
    fn dataset_props(&self) -> DatasetProps {
        DatasetProps {
            lcpl: self.lcpl.0,
            dcpl: self.dcpl.0,
            tag_bfloat16: self.tag_bfloat16,
        }
    }

    /// Closes the file, reporting a failed final flush (a full disk, say).
    pub fn close(mut self) -> Result<()> {
        self.shut()
    }

    /// The open group first, then the file; nothing once closed.
    fn shut(&mut self) -> Result<()> {
        self.current = None;
        let Some(file) = self.file.take() else {
            return Ok(());
        };
        let closed = locked(|| check(unsafe { H5Fclose(file.0) }));
        std::mem::forget(file);
        closed
            .map_err(|e| Error::Hdf5(format!("Unable to write {} ({e})", self.path.display())))?;
        Ok(())
    }
}

impl Drop for H5Writer {
    /// Dropped unclosed (a save abandoned): libhdf5 lets go of the file here, before whoever
    /// held the writer removes it.
    fn drop(&mut self) {
        let _ = self.shut();
    }
}

pub(super) fn create_group(file: hid_t, path: &str, lcpl: hid_t, gcpl: hid_t) -> Result<Id> {
    let cpath = cstring(if path.is_empty() { "/" } else { path })?;
    locked(|| {
        Id::new(unsafe { hdf5_sys::h5g::H5Gcreate2(file, cpath.as_ptr(), lcpl, gcpl, H5P_DEFAULT) })
    })
    .map_err(|e| Error::Hdf5(format!("Unable to create group '{path}' ({e})")))
}

/// The property lists and choices a dataset is created with.
pub(super) struct DatasetProps {
    lcpl: hid_t,
    dcpl: hid_t,
    tag_bfloat16: bool,
}

pub(super) fn write_dataset(
    group: hid_t,
    spec: &DatasetSpec<'_>,
    props: &DatasetProps,
) -> Result<Option<u64>> {
    let nbytes = spec.info.nbytes()?;
    if spec.data.len() as u64 != nbytes {
        return Err(Error::Invalid(format!(
            "{} bytes given for a {:?} tensor of shape {:?}",
            spec.data.len(),
            spec.info.dtype,
            spec.info.shape
        )));
    }
    let whole = Part {
        start: vec![0; spec.info.shape.len()],
        count: spec.info.shape.clone(),
        data: spec.data,
    };
    let parts: &[Part<'_>] = if nbytes > 0 { &[whole] } else { &[] };
    write_parts(group, &spec.name, &spec.info, parts, props)
}

/// Creates the dataset `name` in `group` and writes each of `parts` into it (checked by the
/// caller to fill it); where its bytes start in the file when stored as one contiguous run.
fn write_parts(
    group: hid_t,
    name: &str,
    info: &TensorInfo,
    parts: &[Part<'_>],
    props: &DatasetProps,
) -> Result<Option<u64>> {
    let name = cstring(name)?;
    let ftype = file_type(info.dtype)?;
    locked(|| unsafe {
        let space = if info.shape.is_empty() {
            Id::new(H5Screate(H5S_class_t::H5S_SCALAR))?
        } else {
            Id::new(H5Screate_simple(
                info.shape.len() as i32,
                info.shape.as_ptr(),
                ptr::null(),
            ))?
        };
        let ds = Id::new(H5Dcreate2(
            group,
            name.as_ptr(),
            ftype.0,
            space.0,
            props.lcpl,
            props.dcpl,
            H5P_DEFAULT,
        ))?;
        write_all(ds.0, ftype.0, info, parts)?;
        if info.dtype == DType::BF16 && props.tag_bfloat16 {
            write_str_attr(ds.0, "dtype", "bfloat16")?;
        }
        let offset = H5Dget_offset(ds.0);
        let stored = !parts.is_empty() && offset != HADDR_UNDEF;
        Ok(stored.then_some(offset))
    })
}

/// Writes `parts`, which fill the dataset `ds` (of `info`), into it. Parts of whole rows are
/// each one run of the file. Other parts (a tensor split along a later dimension) are put
/// together into bands of whole rows, about 8 MiB each, written one at a time: libhdf5
/// writing such a part alone scatters it in one small write per row.
///
/// # Safety
/// Call holding libhdf5's lock, with `ds` an open dataset and `ftype` its file type.
unsafe fn write_all(ds: hid_t, ftype: hid_t, info: &TensorInfo, parts: &[Part<'_>]) -> Result<()> {
    let shape = &info.shape;
    let whole_rows = |p: &Part<'_>| shape.is_empty() || p.count[1..] == shape[1..];
    let item = info.dtype.size() as u64;
    let row = shape.iter().skip(1).product::<u64>() * item;
    if row == 0 {
        return Ok(()); // no elements
    }
    if parts.iter().any(whole_rows) || row > BAND {
        for part in parts {
            write_box(ds, ftype, shape, &part.start, &part.count, part.data)?;
        }
        return Ok(());
    }
    let rows = (BAND / row).max(1);
    let mut band = vec![0u8; (rows.min(shape[0]) * row) as usize];
    let mut first = 0;
    while first < shape[0] {
        let last = (first + rows).min(shape[0]);
        let mut band_shape = shape.clone();
        band_shape[0] = last - first;
        let bytes = &mut band[..((last - first) * row) as usize];
        for part in parts {
            let Some(meet) = Meet::of(first..last, &part.start, &part.count) else {
                continue;
            };
            let place = Place {
                src_shape: &part.count,
                src_start: &meet.in_box,
                dst_shape: &band_shape,
                dst_start: &meet.in_band,
                count: &meet.count,
            };
            copy_box(part.data, bytes, &place, item as usize);
        }
        let mut start = vec![0; shape.len()];
        start[0] = first;
        write_box(ds, ftype, shape, &start, &band_shape, bytes)?;
        first = last;
    }
    Ok(())
}

/// Writes `data`, the box from `start` with extent `count`, into the dataset `ds`.
///
/// # Safety
/// As `write_all`; `data` holds the box's bytes in C order.
unsafe fn write_box(
    ds: hid_t,
    ftype: hid_t,
    shape: &[u64],
    start: &[u64],
    count: &[u64],
    data: &[u8],
) -> Result<()> {
    if count == shape {
        check(H5Dwrite(
            ds,
            ftype,
            H5S_ALL,
            H5S_ALL,
            H5P_DEFAULT,
            data.as_ptr() as *const c_void,
        ))?;
        return Ok(());
    }
    let file_space = Id::new(H5Dget_space(ds))?;
    check(H5Sselect_hyperslab(
        file_space.0,
        H5S_seloper_t::H5S_SELECT_SET,
        start.as_ptr(),
        ptr::null(),
        count.as_ptr(),
        ptr::null(),
    ))?;
    let mem_space = Id::new(H5Screate_simple(
        count.len() as i32,
        count.as_ptr(),
        ptr::null(),
    ))?;
    check(H5Dwrite(
        ds,
        ftype,
        mem_space.0,
        file_space.0,
        H5P_DEFAULT,
        data.as_ptr() as *const c_void,
    ))?;
    Ok(())
}

/// Whether `parts` fill a tensor described by `info` exactly: each within its shape, with
/// the bytes its box needs, no two overlapping, and all of them covering every element.
fn check_parts(info: &TensorInfo, parts: &[Part<'_>]) -> std::result::Result<(), String> {
    let item = info.dtype.size() as u64;
    let mut covered = 0u64;
    for (i, part) in parts.iter().enumerate() {
        if part.start.len() != info.shape.len() || part.count.len() != info.shape.len() {
            return Err(format!(
                "part {i} has another rank than the shape {:?}",
                info.shape
            ));
        }
        let within = part
            .start
            .iter()
            .zip(&part.count)
            .zip(&info.shape)
            .all(|((&s, &c), &d)| s.checked_add(c).is_some_and(|e| e <= d));
        if !within {
            return Err(format!("part {i} lies outside the shape {:?}", info.shape));
        }
        let elements = part.count.iter().product::<u64>();
        if elements.checked_mul(item) != Some(part.data.len() as u64) {
            return Err(format!(
                "part {i} has {} bytes for its box",
                part.data.len()
            ));
        }
        for (j, other) in parts[..i].iter().enumerate() {
            let overlap = (0..info.shape.len()).all(|d| {
                part.start[d] < other.start[d] + other.count[d]
                    && other.start[d] < part.start[d] + part.count[d]
            });
            if overlap && elements > 0 && other.count.iter().product::<u64>() > 0 {
                return Err(format!("parts {j} and {i} overlap"));
            }
        }
        covered += elements;
    }
    if covered != info.len().map_err(|e| e.to_string())? {
        return Err(format!("the parts do not fill the shape {:?}", info.shape));
    }
    Ok(())
}
