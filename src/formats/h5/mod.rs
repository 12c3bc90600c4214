//! HDF5 weight files through libhdf5: the layout h5py gives Keras (`<path>/vars/<i>` datasets,
//! a `name` attribute on each `vars` group, `dtype="bfloat16"` on bfloat16 datasets).
//!
//! Reading indexes the whole tree once, refusing what upstream refuses (soft and external
//! links, external and virtual datasets, shape bombs), then reads each dataset straight into
//! the caller's buffer. Writing creates the same objects with the same HDF5 types as h5py.

mod attrs;
mod read;
mod slices;
mod types;
mod write;

use std::collections::{BTreeMap, HashMap};
use std::ffi::{c_char, c_void, CStr, CString};
use std::path::Path;
use std::ptr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};

use hdf5::globals::*;
use hdf5::plist::dataset_create::FillTime;
use hdf5::{Dataset, File, Group, LinkType};
use hdf5_sys::h5::{hsize_t, H5free_memory, HADDR_UNDEF};
use hdf5_sys::h5a::{H5Acreate2, H5Aexists, H5Aget_space, H5Aget_type, H5Aopen, H5Aread, H5Awrite};
use hdf5_sys::h5d::{
    H5D_layout_t, H5Dcreate2, H5Dget_create_plist, H5Dget_offset, H5Dget_type, H5Dopen2, H5Dread,
    H5Dwrite,
};

use hdf5_sys::h5ac::{H5AC_cache_config_t, H5AC__CURR_CACHE_CONFIG_VERSION};
use hdf5_sys::h5f::{
    H5F_libver_t, H5Fclose, H5Fcreate, H5Fget_filesize, H5Fget_mdc_config, H5Fset_mdc_config,
    H5F_ACC_TRUNC,
};
use hdf5_sys::h5g::H5Gopen2;
use hdf5_sys::h5i::{hid_t, H5I_type_t, H5Idec_ref, H5Iget_file_id, H5Iget_type};
use hdf5_sys::h5l::H5Ldelete;
use hdf5_sys::h5o::{H5O_info2_t, H5O_token_t, H5Oget_info3, H5Oopen, H5O_INFO_BASIC};
use hdf5_sys::h5p::{
    H5Pcreate, H5Pget_external_count, H5Pget_layout, H5Pset_create_intermediate_group,
    H5Pset_file_locking, H5Pset_libver_bounds, H5Pset_obj_track_times, H5Pset_userblock,
    H5P_DEFAULT,
};
use hdf5_sys::h5s::{
    H5S_class_t, H5Screate, H5Screate_simple, H5Sget_simple_extent_npoints, H5S_ALL,
};
use hdf5_sys::h5t::{
    H5T_class_t, H5T_cset_t, H5T_sign_t, H5T_str_t, H5Tcopy, H5Tcreate, H5Tenum_create,
    H5Tenum_insert, H5Tequal, H5Tget_class, H5Tget_member_name, H5Tget_nmembers, H5Tget_sign,
    H5Tget_size, H5Tget_super, H5Tis_variable_str, H5Treclaim, H5Tset_cset, H5Tset_ebias,
    H5Tset_fields, H5Tset_size, H5Tset_strpad, H5T_VARIABLE,
};

use super::{DType, TensorInfo};
use crate::errors::{Error, Result};
use crate::io::bytes::{Bytes, Slice};
use crate::io::crc::{KnownCrc, MemberCrc};

/// Limits that refuse shape bombs, as upstream's `safe_get_h5_dataset`: a dataset is refused
/// when it declares more than `floor` bytes *and* more than `max_expansion` times the bytes
/// it stores.
#[derive(Clone, Copy, Debug)]
pub struct ShapeLimits {
    pub floor: u64,
    pub max_expansion: u64,
}

impl Default for ShapeLimits {
    fn default() -> Self {
        ShapeLimits {
            floor: 1 << 32,
            max_expansion: 1000,
        }
    }
}

/// Runs `f` holding hdf5-metno's global lock, with libhdf5's error printing silenced on this
/// thread (libhdf5 must never write to stderr).
pub(super) fn locked<T>(f: impl FnOnce() -> T) -> T {
    hdf5::sync::sync(f)
}

/// Turns a negative libhdf5 return into an error carrying libhdf5's own message.
pub(super) fn check<T: Copy + Into<i64>>(value: T) -> Result<T> {
    hdf5::h5check(value.into())
        .map(|_| value)
        .map_err(Error::from)
}

/// An owned libhdf5 identifier, released on drop.
pub(super) struct Id(hid_t);

impl Id {
    fn new(id: hid_t) -> Result<Self> {
        check(id).map(Id)
    }

    /// The identifier, no longer released here: for `hdf5::from_id`, which owns what it is
    /// given, on its errors too.
    fn into_raw(self) -> hid_t {
        let id = self.0;
        std::mem::forget(self);
        id
    }
}

impl Drop for Id {
    fn drop(&mut self) {
        locked(|| unsafe { H5Idec_ref(self.0) });
    }
}

pub(super) fn cstring(s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| Error::Invalid(format!("name with a NUL byte: {s:?}")))
}

use attrs::*;
use types::*;

pub(crate) use attrs::read_str_attr;
pub use attrs::{names_layout, AttrValue, NamesLayout, HDF5_OBJECT_HEADER_LIMIT};
pub use read::{H5Reader, Index, Prefetch, SIGNATURE};
pub use slices::BoxJob;
#[cfg(test)]
pub use write::write_file;
pub use write::{DatasetSpec, GroupSpec, H5Writer, Part};

#[cfg(test)]
mod tests {
    use super::read::MAX_DEPTH;
    use super::*;
    use crate::io::bytes::Bytes;
    use std::sync::Arc;

    pub(super) fn spec<'a>(
        name: &str,
        dtype: DType,
        shape: &[u64],
        data: &'a [u8],
    ) -> DatasetSpec<'a> {
        DatasetSpec {
            name: name.into(),
            info: TensorInfo {
                dtype,
                shape: shape.to_vec(),
            },
            data,
        }
    }

    #[test]
    fn every_dtype_round_trips_through_a_file_and_an_image() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.h5");
        let payloads: Vec<(DType, Vec<u8>)> = DType::ALL
            .iter()
            .map(|&d| {
                let n = 6 * d.size();
                let bytes = (0..n)
                    .map(|i| {
                        if d == DType::Bool {
                            (i % 2) as u8
                        } else {
                            (i * 7 + 1) as u8
                        }
                    })
                    .collect();
                (d, bytes)
            })
            .collect();
        let datasets = payloads
            .iter()
            .enumerate()
            .map(|(i, (d, data))| spec(&i.to_string(), *d, &[2, 3], data))
            .collect();
        let seven = 7i64.to_le_bytes();
        let groups = vec![
            GroupSpec {
                path: "layers/dense/vars".into(),
                attrs: vec![("name".into(), "dense".into())],
                datasets,
            },
            GroupSpec {
                path: "optimizer/vars".into(),
                attrs: vec![],
                datasets: vec![spec("0", DType::I64, &[], &seven)],
            },
        ];
        write_file(&path, &groups, 0).unwrap();

        let image = Slice::whole(Arc::new(Bytes::Owned(std::fs::read(&path).unwrap())));
        for reader in [
            H5Reader::open(&path, ShapeLimits::default()).unwrap(),
            H5Reader::open_image(image, ShapeLimits::default()).unwrap(),
        ] {
            let index = reader.index();
            assert_eq!(index.groups[""], ["layers", "optimizer"]);
            assert_eq!(index.groups["layers/dense/vars"].len(), DType::ALL.len());
            for (i, (d, data)) in payloads.iter().enumerate() {
                let p = format!("layers/dense/vars/{i}");
                assert_eq!(reader.info(&p).unwrap().dtype, *d);
                let mut out = vec![0u8; data.len()];
                reader.read_into(&p, &mut out).unwrap();
                assert_eq!(&out, data, "{d:?}");
            }
            let scalar = reader.info("optimizer/vars/0").unwrap();
            assert!(scalar.shape.is_empty());
            let mut out = [0u8; 8];
            reader.read_into("optimizer/vars/0", &mut out).unwrap();
            assert_eq!(i64::from_le_bytes(out), 7);
            let group = reader.file.group("layers/dense/vars").unwrap();
            assert_eq!(
                read_str_attr(group.id(), "name").unwrap().unwrap(),
                ["dense"]
            );
        }
    }

    #[test]
    fn read_many_splits_the_jobs_over_threads_and_reads_each_as_read_into() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.h5");
        // 40 MiB in tensors of 1 byte to 6 MiB: several runs of jobs on several threads.
        let sizes = [
            6usize << 20,
            1,
            3 << 20,
            5 << 20,
            0,
            6 << 20,
            7,
            4 << 20,
            8 << 20,
            8 << 20,
        ];
        let payloads: Vec<Vec<u8>> = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| (0..n).map(|j| (j * 31 + i * 7) as u8).collect())
            .collect();
        let datasets = payloads
            .iter()
            .enumerate()
            .map(|(i, data)| spec(&i.to_string(), DType::U8, &[data.len() as u64], data))
            .collect();
        let groups = vec![GroupSpec {
            path: "vars".into(),
            attrs: vec![],
            datasets,
        }];
        write_file(&path, &groups, 0).unwrap();
        let image = Slice::whole(Arc::new(Bytes::Owned(std::fs::read(&path).unwrap())));
        for reader in [
            H5Reader::open(&path, ShapeLimits::default()).unwrap(),
            H5Reader::open_image(image, ShapeLimits::default()).unwrap(),
        ] {
            for threads in [1, 2, 4, 16] {
                let names: Vec<String> = (0..sizes.len()).map(|i| format!("vars/{i}")).collect();
                let mut bufs: Vec<Vec<u8>> = sizes.iter().map(|&n| vec![0xAA; n]).collect();
                let mut jobs: Vec<(&str, &mut [u8])> = names
                    .iter()
                    .map(String::as_str)
                    .zip(bufs.iter_mut().map(Vec::as_mut_slice))
                    .collect();
                reader.read_many(&mut jobs, threads).unwrap();
                assert!(bufs == payloads, "{threads} threads");
            }
            // A wrong size or path anywhere is an error naming it.
            let mut short = vec![0u8; 2];
            let mut big = vec![0u8; 8 << 20];
            let mut jobs: Vec<(&str, &mut [u8])> = vec![
                ("vars/8", big.as_mut_slice()),
                ("vars/6", short.as_mut_slice()),
            ];
            let err = reader.read_many(&mut jobs, 2).unwrap_err().to_string();
            assert!(err.contains("'vars/6'"), "{err}");
            let mut jobs: Vec<(&str, &mut [u8])> = vec![("vars/nope", short.as_mut_slice())];
            assert!(reader.read_many(&mut jobs, 2).is_err());
        }
    }

    #[test]
    fn an_unsupported_dataset_fails_when_read_not_when_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.h5");
        {
            let f = File::create(&path).unwrap();
            let g = f.create_group("vars").unwrap();
            let text = [hdf5::types::FixedAscii::<8>::from_ascii("vocab").unwrap()];
            g.new_dataset_builder()
                .with_data(&text)
                .create("0")
                .unwrap();
            g.new_dataset_builder()
                .with_data(&[1.5f32])
                .create("1")
                .unwrap();
        }
        let reader = H5Reader::open(&path, ShapeLimits::default()).unwrap();
        assert_eq!(reader.index().groups["vars"], ["0", "1"]);
        let mut out = [0u8; 4];
        reader.read_into("vars/1", &mut out).unwrap();
        assert_eq!(f32::from_le_bytes(out), 1.5);
        let err = reader.read_into("vars/0", &mut out).err().unwrap();
        assert!(
            err.to_string().contains("Unsupported HDF5 datatype"),
            "{err}"
        );
    }

    #[test]
    fn only_stored_tensors_are_read_ahead_and_a_hard_link_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.h5");
        {
            let f = File::create(&path).unwrap();
            let vars = f.create_group("layers").unwrap();
            let vars = vars
                .create_group("dense")
                .unwrap()
                .create_group("vars")
                .unwrap();
            let kernel = vars.new_dataset::<f32>().shape((3, 2)).create("0").unwrap();
            kernel.write_raw(&[1f32, 2., 3., 4., 5., 6.]).unwrap();
            vars.link_hard("/layers/dense/vars/0", "1").unwrap();
            // Never written: 400 MB declared, nothing stored.
            let junk = f.group("layers/dense").unwrap();
            junk.new_dataset::<f32>()
                .chunk((1, 1000, 1000))
                .shape((100, 1000, 1000))
                .create("junk")
                .unwrap();
            vars.new_dataset::<f32>()
                .chunk((1, 1000, 1000))
                .shape((100, 1000, 1000))
                .create("2")
                .unwrap();
            // Compressed zeros: 4 MB declared, a few kB stored.
            let zeros = vars
                .new_dataset::<f32>()
                .chunk((1000, 1000))
                .deflate(9)
                .shape((1000, 1000))
                .create("3")
                .unwrap();
            zeros.write_raw(&vec![0f32; 1_000_000]).unwrap();
        }
        let reader = H5Reader::open_file(&path, ShapeLimits::default()).unwrap();
        let index = reader.index();
        assert_eq!(index.sparse["layers/dense/junk"], 0);
        assert!(index.sparse["layers/dense/vars/3"] < 100_000);
        assert!(!index.sparse.contains_key("layers/dense/vars/0"));
        let alias = (
            "layers/dense/vars/1".to_owned(),
            "layers/dense/vars/0".to_owned(),
        );
        assert_eq!(reader.aliases(), std::slice::from_ref(&alias));

        let (read, aliases) = reader.ahead(None, &[], (0, 0));
        assert_eq!(read, ["layers/dense/vars/0"]);
        assert_eq!(aliases, [alias]);
        let (read, _) = reader.ahead(None, &["layers/".to_owned()], (0, 0));
        assert!(reader.ahead(None, &[], (25, 0)).0.is_empty());
        assert_eq!(reader.ahead(None, &[], (25, 1)).0, ["layers/dense/vars/0"]);
        assert!(read.is_empty());
        let named = [
            "layers/dense/junk".to_owned(),
            "layers/dense/vars/1".to_owned(),
        ];
        let (read, aliases) = reader.ahead(Some(&named), &[], (0, 0));
        assert_eq!(read, ["layers/dense/vars/1"]);
        assert!(aliases.is_empty());

        // Without a model: the never-written datasets are refused, each stored tensor once.
        let refused: Vec<String> = reader
            .oversized(64, 8 << 20)
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(refused, ["layers/dense/junk", "layers/dense/vars/2"]);
        // Under the floor each, the datasets are bounded in all by the file's size: the
        // first 400 MB pass, nothing more does.
        let refused = reader.oversized(1, 400_000_000 + 1000);
        let paths: Vec<&str> = refused.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(paths, ["layers/dense/vars/2", "layers/dense/vars/3"]);
        assert!(refused[0].1.contains("brings the bytes"), "{refused:?}");
        assert!(reader.oversized(64, 1 << 40).is_empty());
    }

    #[test]
    fn links_and_cycles_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        type AddLink = fn(&File);
        let cases: [(&str, AddLink); 3] = [
            ("SoftLink", |f| f.link_soft("/a", "b").unwrap()),
            ("ExternalLink", |f| {
                f.link_external("other.h5", "/x", "b").unwrap()
            }),
            ("more than once", |f| {
                f.group("a").unwrap().link_hard("/a", "loop").unwrap()
            }),
        ];
        for (i, (expected, make)) in cases.into_iter().enumerate() {
            let path = dir.path().join(format!("{i}.h5"));
            {
                let f = File::create(&path).unwrap();
                f.create_group("a").unwrap();
                make(&f);
            }
            let err = H5Reader::open(&path, ShapeLimits::default()).err().unwrap();
            assert!(matches!(err, Error::Refused(_)), "{err}");
            assert!(err.to_string().contains(expected), "{err}");
        }
    }

    #[test]
    fn a_tree_deeper_than_the_limit_is_refused_and_one_at_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        for (levels, refused) in [(MAX_DEPTH, false), (MAX_DEPTH + 1, true)] {
            let path = dir.path().join(format!("{levels}.h5"));
            let deep = vec!["g"; levels].join("/");
            {
                let f = File::create(&path).unwrap();
                f.create_group(&deep).unwrap();
                f.group(&deep)
                    .unwrap()
                    .new_dataset::<f32>()
                    .shape([2])
                    .create("w")
                    .unwrap();
            }
            match H5Reader::open(&path, ShapeLimits::default()) {
                Ok(reader) => {
                    assert!(!refused);
                    let info = reader.info(&format!("{deep}/w")).unwrap();
                    assert_eq!((info.dtype, info.shape.clone()), (DType::F32, vec![2]));
                }
                Err(err) => {
                    assert!(refused, "{err}");
                    assert!(err.to_string().contains("nested deeper"), "{err}");
                }
            }
        }
    }

    #[test]
    fn not_hdf5_and_truncated_images_are_errors() {
        let junk = Slice::whole(Arc::new(Bytes::Owned(b"definitely not hdf5".to_vec())));
        assert!(H5Reader::open_image(junk, ShapeLimits::default()).is_err());

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.h5");
        let data = vec![1u8; 4000];
        write_file(
            &path,
            &[GroupSpec {
                path: "vars".into(),
                attrs: vec![],
                datasets: vec![spec("0", DType::F32, &[1000], &data)],
            }],
            0,
        )
        .unwrap();
        let bytes = std::fs::read(&path).unwrap();
        for cut in (0..bytes.len()).step_by(97) {
            let image = Slice::whole(Arc::new(Bytes::Owned(bytes[..cut].to_vec())));
            if let Ok(r) = H5Reader::open_image(image, ShapeLimits::default()) {
                let mut out = vec![0u8; 4000];
                let _ = r.read_into("vars/0", &mut out);
            }
        }
    }

    #[test]
    fn names_are_split_as_keras_splits_them() {
        assert_eq!(names_layout(&[]).unwrap(), NamesLayout::Empty);
        assert_eq!(names_layout(&[b"", b""]).unwrap(), NamesLayout::Whole);
        // 5000 names of 18 bytes: 90 000 bytes, two chunks of 2500 (h5py-checked).
        let name = [b'n'; 18];
        let names: Vec<&[u8]> = (0..5000).map(|_| &name[..]).collect();
        assert_eq!(
            names_layout(&names).unwrap(),
            NamesLayout::Chunks {
                width: 18,
                sizes: vec![2500, 2500]
            }
        );
        // np.array_split(7 names, 3) -> 3, 2, 2; 3 names of 21504 bytes fit exactly.
        let wide = vec![b'w'; 21504];
        let seven: Vec<&[u8]> = (0..7).map(|_| &wide[..]).collect();
        assert_eq!(
            names_layout(&seven).unwrap(),
            NamesLayout::Chunks {
                width: 21504,
                sizes: vec![3, 2, 2]
            }
        );
        let huge = vec![b'\''; HDF5_OBJECT_HEADER_LIMIT + 1];
        let err = names_layout(&[b"ok", &huge]).unwrap_err();
        assert!(matches!(err, Error::TooLarge(_)));
        let msg = err.to_string();
        assert!(msg.contains("64512 bytes: [b'\\'\\'"), "{}", &msg[..200]);
    }

    #[test]
    fn legacy_attributes_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.h5");
        let mut w = H5Writer::create(&path, 0).unwrap();
        w.tag_bfloat16(false);
        w.attr("", "keras_version", &AttrValue::Str("3.15.1"))
            .unwrap();
        w.attr("", "model_config", &AttrValue::Bytes(b"{\"a\": 1}"))
            .unwrap();
        w.group("model_weights", &[]).unwrap();
        let names: Vec<Vec<u8>> = (0..5000)
            .map(|i| format!("layer_{i:05}_xxxxx").into_bytes())
            .collect();
        let refs: Vec<&[u8]> = names.iter().map(|n| n.as_slice()).collect();
        w.attr("model_weights", "layer_names", &AttrValue::Names(&refs))
            .unwrap();
        w.group("model_weights/dense", &[]).unwrap();
        w.attr(
            "model_weights/dense",
            "weight_names",
            &AttrValue::Names(&[b"dense/kernel"]),
        )
        .unwrap();
        w.attr("model_weights/dense", "empty", &AttrValue::Names(&[]))
            .unwrap();
        let bf16 = [1u8, 2, 3, 4];
        w.dataset(
            "model_weights/dense",
            &spec("dense/kernel", DType::BF16, &[2], &bf16),
        )
        .unwrap();
        w.close().unwrap();

        let r = H5Reader::open(&path, ShapeLimits::default()).unwrap();
        assert_eq!(r.attr("", "keras_version").unwrap().unwrap(), ["3.15.1"]);
        assert_eq!(r.attr("", "model_config").unwrap().unwrap(), ["{\"a\": 1}"]);
        assert_eq!(r.attr("", "missing").unwrap(), None);
        assert_eq!(
            r.attr_names("model_weights").unwrap(),
            ["layer_names0", "layer_names1"]
        );
        let read = r.names_attr("model_weights", "layer_names").unwrap();
        assert_eq!(read.len(), 5000);
        assert_eq!(read[4999], "layer_04999_xxxxx");
        assert_eq!(
            r.names_attr("model_weights/dense", "weight_names").unwrap(),
            ["dense/kernel"]
        );
        assert!(r
            .names_attr("model_weights/dense", "empty")
            .unwrap()
            .is_empty());
        assert!(r
            .names_attr("model_weights/dense", "none")
            .unwrap()
            .is_empty());
        assert_eq!(r.index().groups["model_weights/dense"], ["dense"]);
        // Without Keras's dtype attribute an opaque 2-byte dataset is still bfloat16.
        let info = r.info("model_weights/dense/dense/kernel").unwrap();
        assert_eq!(info.dtype, DType::BF16);
        let mut out = [0u8; 4];
        r.read_into("model_weights/dense/dense/kernel", &mut out)
            .unwrap();
        assert_eq!(out, bf16);
        let group = r.file.dataset("model_weights/dense/dense/kernel").unwrap();
        assert_eq!(read_str_attr(group.id(), "dtype").unwrap(), None);
    }
}
