//! Reading boxes of a dataset (each device's slice of a variable under a distribution) into
//! the caller's buffers without the whole tensor in memory at once: contiguous datasets are
//! copied out of the file in bands of rows that every box shares, other datasets through
//! libhdf5's hyperslab selections.

use hdf5_sys::h5d::H5Dget_space;
use hdf5_sys::h5s::{H5S_seloper_t, H5Sselect_hyperslab};

use super::*;

/// One box of a dataset: its first index along each dimension, its extent (`count`), and
/// room for its elements in C order.
pub struct BoxJob<'a> {
    pub start: Vec<u64>,
    pub count: Vec<u64>,
    pub out: &'a mut [u8],
}

/// Bytes of a contiguous dataset copied at once (whole rows) for the boxes that share them,
/// on reads and on writes in parts.
pub(super) const BAND: u64 = 8 << 20;

impl H5Reader {
    /// Reads each box of `jobs` of the dataset at `path` into its buffer, values converted to
    /// the native layout of the element type as `read_into` does. Every box must lie within
    /// the dataset and each buffer hold exactly its box's bytes.
    pub fn read_boxes(&self, path: &str, jobs: &mut [BoxJob<'_>]) -> Result<()> {
        let info = self.info(path)?.clone();
        let item = info.dtype.size() as u64;
        for job in jobs.iter() {
            check_box(path, &info.shape, item, job)?;
        }
        let jobs: Vec<&mut BoxJob<'_>> = jobs.iter_mut().filter(|j| !j.out.is_empty()).collect();
        if jobs.is_empty() {
            return Ok(());
        }
        let nbytes = info.nbytes()?;
        let raw = match (self.index.raw.get(path), &self.image) {
            (Some(&offset), Some(image))
                if offset
                    .checked_add(nbytes)
                    .is_some_and(|end| end <= image.len() as u64) =>
            {
                Some((offset, image))
            }
            _ => None,
        };
        let Some((offset, image)) = raw else {
            return jobs
                .into_iter()
                .try_for_each(|job| self.read_hyperslab(path, &info, job));
        };
        let shape = &info.shape;
        let row = shape.iter().skip(1).product::<u64>() * item;
        let mut banded = Vec::new();
        for job in jobs {
            if shape.is_empty() || job.count[1..] == shape[1..] {
                // Whole rows: one run of the file.
                let at = offset + job.start.first().map_or(0, |&s| s * row);
                self.copy_run(image, at, job.out)?;
            } else if row <= BAND {
                banded.push(job);
            } else {
                self.read_hyperslab(path, &info, job)?;
            }
        }
        if banded.is_empty() {
            return Ok(());
        }
        // Rows copied at once into `band`, then each box's part of them into its buffer.
        let rows = (BAND / row).max(1);
        let mut band = vec![0u8; (rows * row) as usize];
        let mut next = banded.iter().map(|j| j.start[0]).min().unwrap_or(0);
        let end = banded
            .iter()
            .map(|j| j.start[0] + j.count[0])
            .max()
            .unwrap_or(0);
        while next < end {
            let first = next;
            let last = (first + rows).min(end);
            let bytes = &mut band[..((last - first) * row) as usize];
            self.copy_run(image, offset + first * row, bytes)?;
            let mut band_shape = shape.clone();
            band_shape[0] = last - first;
            for job in banded.iter_mut() {
                let Some(meet) = Meet::of(first..last, &job.start, &job.count) else {
                    continue;
                };
                let place = Place {
                    src_shape: &band_shape,
                    src_start: &meet.in_band,
                    dst_shape: &job.count,
                    dst_start: &meet.in_box,
                    count: &meet.count,
                };
                copy_box(bytes, job.out, &place, item as usize);
            }
            // The next band starts at the next row some box still needs.
            next = banded
                .iter()
                .map(|j| (j.start[0], j.start[0] + j.count[0]))
                .filter(|&(_, e)| e > last)
                .map(|(s, _)| s.max(last))
                .min()
                .unwrap_or(end);
        }
        Ok(())
    }

    /// Copies `out.len()` bytes of the image from `at`, hashing them when `verify` will check
    /// the image.
    fn copy_run(&self, image: &Slice, at: u64, out: &mut [u8]) -> Result<()> {
        let hash = self.check.is_some();
        let crc = image.copy_to(at as usize, out, hash)?;
        if hash {
            let run = KnownCrc {
                offset: at,
                len: out.len() as u64,
                crc,
            };
            self.copied
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(run);
        }
        Ok(())
    }

    /// One box through libhdf5: a hyperslab of the file's dataspace read into a dataspace of
    /// the box's shape.
    fn read_hyperslab(&self, path: &str, info: &TensorInfo, job: &mut BoxJob<'_>) -> Result<()> {
        let ds = self.file.dataset(path)?;
        if ds.create_plist()?.fill_time() == FillTime::Never {
            job.out.fill(0);
        }
        let mem = match info.dtype {
            DType::BF16 => locked(|| Id::new(unsafe { H5Dget_type(ds.id()) }))?,
            dtype => file_type(dtype)?,
        };
        let rank = job.count.len() as i32;
        locked(|| unsafe {
            let (file_space, mem_space) = if rank == 0 {
                (None, None)
            } else {
                let file_space = Id::new(H5Dget_space(ds.id()))?;
                check(H5Sselect_hyperslab(
                    file_space.0,
                    H5S_seloper_t::H5S_SELECT_SET,
                    job.start.as_ptr(),
                    ptr::null(),
                    job.count.as_ptr(),
                    ptr::null(),
                ))?;
                let mem_space = Id::new(H5Screate_simple(rank, job.count.as_ptr(), ptr::null()))?;
                (Some(file_space), Some(mem_space))
            };
            check(H5Dread(
                ds.id(),
                mem.0,
                mem_space.as_ref().map_or(H5S_ALL, |s| s.0),
                file_space.as_ref().map_or(H5S_ALL, |s| s.0),
                H5P_DEFAULT,
                job.out.as_mut_ptr() as *mut c_void,
            ))
        })
        .map_err(|e| Error::Hdf5(format!("Unable to read dataset '{path}' ({e})")))?;
        Ok(())
    }
}

fn check_box(path: &str, shape: &[u64], item: u64, job: &BoxJob<'_>) -> Result<()> {
    let invalid = |what: String| Err(Error::Invalid(format!("dataset '{path}': {what}")));
    if job.start.len() != shape.len() || job.count.len() != shape.len() {
        return invalid(format!(
            "a box of {} dimensions for a shape of {}",
            job.count.len(),
            shape.len()
        ));
    }
    for ((&s, &c), &d) in job.start.iter().zip(&job.count).zip(shape) {
        if s.checked_add(c).is_none_or(|e| e > d) {
            return invalid(format!(
                "the box at {:?} of {:?} is not within its shape {shape:?}",
                job.start, job.count
            ));
        }
    }
    let bytes = job
        .count
        .iter()
        .try_fold(item, |acc, &c| acc.checked_mul(c));
    if bytes != Some(job.out.len() as u64) {
        return invalid(format!(
            "a buffer of {} bytes for a box of {:?}",
            job.out.len(),
            job.count
        ));
    }
    Ok(())
}

/// Where the rows `first..last` of a band (whole rows of a dataset) meet a box of the
/// dataset: the part of the box inside the band, placed in the band and in the box.
pub(super) struct Meet {
    /// Where the part starts in the band.
    pub in_band: Vec<u64>,
    /// Where the part starts in the box.
    pub in_box: Vec<u64>,
    /// The part's extent.
    pub count: Vec<u64>,
}

impl Meet {
    /// The meeting of the band `rows` and the box from `start` with extent `count`, if
    /// they share a row.
    pub(super) fn of(rows: std::ops::Range<u64>, start: &[u64], count: &[u64]) -> Option<Self> {
        let (from, to) = (rows.start.max(start[0]), rows.end.min(start[0] + count[0]));
        if from >= to {
            return None;
        }
        let mut in_band = start.to_vec();
        in_band[0] = from - rows.start;
        let mut in_box = vec![0; start.len()];
        in_box[0] = from - start[0];
        let mut count = count.to_vec();
        count[0] = to - from;
        Some(Meet {
            in_band,
            in_box,
            count,
        })
    }
}

/// Where a box lies in the array it is copied from and in the one it is copied to.
pub(super) struct Place<'a> {
    pub src_shape: &'a [u64],
    pub src_start: &'a [u64],
    pub dst_shape: &'a [u64],
    pub dst_start: &'a [u64],
    pub count: &'a [u64],
}

/// Copies the box `place.count` of C-ordered `src` into C-ordered `dst`, one run of
/// contiguous bytes at a time: the trailing dimensions both arrays hold whole merge into
/// one run.
pub(super) fn copy_box(src: &[u8], dst: &mut [u8], place: &Place<'_>, item: usize) {
    let n = place.count.len();
    if n == 0 {
        dst[..item].copy_from_slice(&src[..item]);
        return;
    }
    let strides = |shape: &[u64]| {
        let mut strides = vec![item; n];
        for d in (0..n - 1).rev() {
            strides[d] = strides[d + 1] * shape[d + 1] as usize;
        }
        strides
    };
    let (src_strides, dst_strides) = (strides(place.src_shape), strides(place.dst_shape));
    // Dimensions `inner..` form one run.
    let mut inner = n - 1;
    while inner > 0
        && place.count[inner] == place.src_shape[inner]
        && place.count[inner] == place.dst_shape[inner]
    {
        inner -= 1;
    }
    let run = place.count[inner] as usize * src_strides[inner];
    let offset = |strides: &[usize], start: &[u64], index: &[u64]| -> usize {
        (0..n)
            .map(|d| (start[d] + index.get(d).copied().unwrap_or(0)) as usize * strides[d])
            .sum()
    };
    if place.count.contains(&0) {
        return;
    }
    let mut index = vec![0u64; inner];
    loop {
        let from = offset(&src_strides, place.src_start, &index);
        let to = offset(&dst_strides, place.dst_start, &index);
        dst[to..to + run].copy_from_slice(&src[from..from + run]);
        // The next run: an odometer over the outer dimensions.
        let mut d = inner;
        loop {
            if d == 0 {
                return;
            }
            d -= 1;
            index[d] += 1;
            if index[d] < place.count[d] {
                break;
            }
            index[d] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iota(shape: &[u64]) -> Vec<u8> {
        let n: u64 = shape.iter().product();
        (0..n as u32).flat_map(|v| v.to_le_bytes()).collect()
    }

    /// The box of a C-ordered u32 array, element by element.
    fn naive(data: &[u8], shape: &[u64], start: &[u64], count: &[u64]) -> Vec<u8> {
        let values: Vec<u32> = data
            .chunks(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect();
        let mut out = Vec::new();
        let total: u64 = count.iter().product();
        for k in 0..total {
            let mut rest = k;
            let mut flat = 0u64;
            for d in 0..shape.len() {
                let inner: u64 = count[d + 1..].iter().product();
                let i = rest / inner;
                rest %= inner;
                let stride: u64 = shape[d + 1..].iter().product();
                flat += (start[d] + i) * stride;
            }
            out.extend(values[flat as usize].to_le_bytes());
        }
        out
    }

    #[test]
    fn copy_box_matches_an_element_by_element_copy() {
        let shape = [4u64, 6, 5];
        let src = iota(&shape);
        for (start, count) in [
            ([0u64, 0, 0], [4u64, 6, 5]),
            ([1, 2, 0], [2, 3, 5]),
            ([0, 0, 1], [4, 6, 3]),
            ([3, 5, 4], [1, 1, 1]),
            ([0, 3, 0], [4, 3, 5]),
        ] {
            let mut dst = vec![0u8; (count.iter().product::<u64>() * 4) as usize];
            let place = Place {
                src_shape: &shape,
                src_start: &start,
                dst_shape: &count,
                dst_start: &[0, 0, 0],
                count: &count,
            };
            copy_box(&src, &mut dst, &place, 4);
            assert_eq!(
                dst,
                naive(&src, &shape, &start, &count),
                "{start:?} {count:?}"
            );
        }
    }

    #[test]
    fn boxes_read_equal_through_libhdf5_and_through_bands_of_the_image() {
        use super::super::tests::spec;
        use super::super::{write_file, GroupSpec, ShapeLimits};
        use crate::io::bytes::Bytes;
        use std::sync::Arc;

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.h5");
        // Rows of 4 MiB: bands of two rows, so boxes span several bands.
        let shapes: [&[u64]; 4] = [&[5, 1 << 20], &[6, 4, 3], &[7], &[]];
        let data: Vec<Vec<u8>> = shapes.iter().map(|s| iota(s)).collect();
        let datasets = shapes
            .iter()
            .zip(&data)
            .enumerate()
            .map(|(i, (shape, data))| spec(&i.to_string(), DType::U32, shape, data))
            .collect();
        let groups = vec![GroupSpec {
            path: "vars".into(),
            attrs: vec![],
            datasets,
        }];
        write_file(&path, &groups, 0).unwrap();
        let boxes: [Vec<(Vec<u64>, Vec<u64>)>; 4] = [
            vec![
                (vec![0, 0], vec![5, 1 << 19]),
                (vec![0, 1 << 19], vec![5, 1 << 19]),
                (vec![1, 7], vec![3, 9]),
                (vec![2, 0], vec![2, 1 << 20]),
            ],
            vec![
                (vec![0, 0, 0], vec![6, 2, 3]),
                (vec![0, 2, 1], vec![6, 2, 2]),
                (vec![3, 0, 0], vec![3, 4, 3]),
                (vec![0, 0, 0], vec![0, 4, 3]),
            ],
            vec![(vec![0], vec![4]), (vec![4], vec![3])],
            vec![(vec![], vec![])],
        ];
        let image = Slice::whole(Arc::new(Bytes::Owned(std::fs::read(&path).unwrap())));
        for reader in [
            H5Reader::open(&path, ShapeLimits::default()).unwrap(),
            H5Reader::open_image(image, ShapeLimits::default()).unwrap(),
        ] {
            for (i, boxes) in boxes.iter().enumerate() {
                let mut outs: Vec<Vec<u8>> = boxes
                    .iter()
                    .map(|(_, c)| vec![0; (c.iter().product::<u64>() * 4) as usize])
                    .collect();
                let mut jobs: Vec<BoxJob<'_>> = boxes
                    .iter()
                    .zip(outs.iter_mut())
                    .map(|((s, c), out)| BoxJob {
                        start: s.clone(),
                        count: c.clone(),
                        out,
                    })
                    .collect();
                reader.read_boxes(&format!("vars/{i}"), &mut jobs).unwrap();
                for ((s, c), out) in boxes.iter().zip(&outs) {
                    assert_eq!(out, &naive(&data[i], shapes[i], s, c), "{i}: {s:?} {c:?}");
                }
            }
            // Boxes outside the shape, of another rank, or with a buffer of another size.
            for (start, count, len) in [
                (vec![5, 0], vec![1, 1], 4),
                (vec![0], vec![1], 4),
                (vec![0, 0], vec![1, 2], 4),
                (vec![u64::MAX, 0], vec![2, 1], 8),
            ] {
                let mut out = vec![0u8; len];
                let mut jobs = [BoxJob {
                    start,
                    count,
                    out: &mut out,
                }];
                let err = reader.read_boxes("vars/0", &mut jobs).unwrap_err();
                assert!(matches!(err, Error::Invalid(_)), "{err}");
            }
        }
    }

    #[test]
    fn datasets_written_in_parts_equal_those_written_whole() {
        use super::super::tests::spec;
        use super::super::{H5Writer, Part, ShapeLimits};
        use crate::formats::TensorInfo;

        let dir = tempfile::tempdir().unwrap();
        // Rows of 4 MiB (bands of two rows), small rows, a vector, and a scalar; split by
        // columns, by rows, both, and not at all.
        let shapes: [&[u64]; 5] = [&[5, 1 << 20], &[6, 4, 3], &[6, 4, 3], &[8], &[]];
        let splits: [Vec<(Vec<u64>, Vec<u64>)>; 5] = [
            vec![
                (vec![0, 0], vec![5, 1 << 19]),
                (vec![0, 1 << 19], vec![5, 1 << 19]),
            ],
            vec![
                (vec![0, 0, 0], vec![6, 2, 3]),
                (vec![0, 2, 0], vec![6, 2, 3]),
            ],
            vec![
                (vec![0, 0, 0], vec![3, 2, 3]),
                (vec![3, 0, 0], vec![3, 2, 3]),
                (vec![0, 2, 0], vec![3, 2, 3]),
                (vec![3, 2, 0], vec![3, 2, 3]),
            ],
            vec![(vec![4], vec![4]), (vec![0], vec![4])],
            vec![(vec![], vec![])],
        ];
        let whole_path = dir.path().join("whole.h5");
        let parts_path = dir.path().join("parts.h5");
        let data: Vec<Vec<u8>> = shapes.iter().map(|s| iota(s)).collect();
        let mut whole = H5Writer::create(&whole_path, 0).unwrap();
        let mut in_parts = H5Writer::create(&parts_path, 0).unwrap();
        for w in [&mut whole, &mut in_parts] {
            w.group("vars", &[]).unwrap();
        }
        for (i, (shape, boxes)) in shapes.iter().zip(&splits).enumerate() {
            let info = TensorInfo {
                dtype: DType::U32,
                shape: shape.to_vec(),
            };
            let whole_spec = spec(&i.to_string(), DType::U32, shape, &data[i]);
            whole.dataset("vars", &whole_spec).unwrap();
            let bytes: Vec<Vec<u8>> = boxes
                .iter()
                .map(|(s, c)| naive(&data[i], shape, s, c))
                .collect();
            let parts: Vec<Part<'_>> = boxes
                .iter()
                .zip(&bytes)
                .map(|((s, c), b)| Part {
                    start: s.clone(),
                    count: c.clone(),
                    data: b,
                })
                .collect();
            in_parts
                .dataset_parts("vars", &i.to_string(), &info, &parts)
                .unwrap();
            // Parts that overlap, leave a gap, or lie outside are refused.
            let bad = [
                vec![parts[0].start.clone()],
                vec![parts[0].start.clone(), parts[0].start.clone()],
                vec![vec![9; shape.len()]],
            ];
            for starts in bad.iter().filter(|_| !shape.is_empty()) {
                let wrong: Vec<Part<'_>> = starts
                    .iter()
                    .map(|s| Part {
                        start: s.clone(),
                        count: parts[0].count.clone(),
                        data: parts[0].data,
                    })
                    .collect();
                let err = in_parts
                    .dataset_parts("vars", "wrong", &info, &wrong)
                    .unwrap_err();
                assert!(matches!(err, Error::Invalid(_)), "{err}");
            }
        }
        whole.close().unwrap();
        in_parts.close().unwrap();
        assert_eq!(
            std::fs::read(&whole_path).unwrap(),
            std::fs::read(&parts_path).unwrap()
        );
        let reader = H5Reader::open(&parts_path, ShapeLimits::default()).unwrap();
        let mut out = vec![0u8; data[0].len()];
        reader.read_into("vars/0", &mut out).unwrap();
        assert_eq!(out, data[0]);
    }
}
