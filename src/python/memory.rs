//! The memory pool's arrays and its retention, seen from Python.

use super::*;

/// The owner of a region of memory that a numpy array views (its base): the region goes back
/// to the pool when the last array over it is freed.
#[pyclass(frozen, module = "kerasave._native")]
pub(super) struct Memory {
    _region: Region,
}

/// An uninitialized uint8 array of `nbytes` over memory of the pool's (`io/memory.rs`): it starts
/// on a 2 MiB boundary, and is a recently freed region when one of its size is kept. Raises
/// MemoryError when the memory cannot be mapped.
#[pyfunction]
pub(super) fn empty_bytes(py: Python<'_>, nbytes: usize) -> PyResult<Bound<'_, PyArray1<u8>>> {
    // A new mapping may first unmap kept regions: no GIL for that.
    let region = py
        .detach(|| POOL.alloc(nbytes))
        .map_err(|e| PyMemoryError::new_err(format!("cannot map {nbytes} bytes: {e}")))?;
    // SAFETY: the region is mapped, writable and at least `nbytes` long, and never moves.
    let view = unsafe { ArrayView1::from_shape_ptr(nbytes, region.as_ptr()) };
    let owner = Bound::new(py, Memory { _region: region })?;
    // SAFETY: `owner` becomes the array's base, so the region outlives every array over it.
    Ok(unsafe { PyArray1::borrow_from_array(&view, owner.into_any()) })
}

/// Unmaps the memory the pool keeps for reuse now; returns its bytes.
#[pyfunction]
pub(super) fn release_memory(py: Python<'_>) -> usize {
    py.detach(|| POOL.release_all())
}

/// Sets how long the pool keeps freed memory, in seconds (0: none); returns the previous
/// setting.
#[pyfunction]
pub(super) fn set_memory_retention(py: Python<'_>, seconds: f64) -> PyResult<f64> {
    let retention = Duration::try_from_secs_f64(seconds).map_err(|_| {
        PyValueError::new_err(format!(
            "retention must be a finite number of seconds >= 0, got {seconds}"
        ))
    })?;
    let before = POOL.retention().as_secs_f64();
    py.detach(|| POOL.set_retention(retention));
    Ok(before)
}
