//! The LevelDB table format of `variables.index`: blocks, restarts and shared key prefixes,
//! every length checked and the keys rebuilt within a budget the file's size sets.

use super::*;

pub(super) const TABLE_MAGIC: u64 = 0xdb47_7524_8b80_fb57;
pub(super) const FOOTER_LEN: usize = 48;

/// LevelDB's and TensorFlow's masking of stored CRC-32C values.
pub(super) fn unmask(masked: u32) -> u32 {
    let rot = masked.wrapping_sub(0xa282_ead8);
    rot.rotate_left(15)
}

pub(super) fn bad(what: &str) -> Error {
    Error::Invalid(format!("Unable to read the SavedModel: {what}"))
}

/// Decodes a varint (at most 64 bits) at `*pos`, advancing it.
pub(super) fn varint(data: &[u8], pos: &mut usize) -> Result<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *data.get(*pos).ok_or_else(|| bad("truncated varint"))?;
        *pos += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err(bad("varint longer than 64 bits"))
}

pub(super) fn usize_of(v: u64) -> Result<usize> {
    usize::try_from(v).map_err(|_| bad("offset out of range"))
}

/// A block handle (offset, size) at `*pos`.
pub(super) fn handle(data: &[u8], pos: &mut usize) -> Result<(usize, usize)> {
    Ok((usize_of(varint(data, pos)?)?, usize_of(varint(data, pos)?)?))
}

/// The contents of the block at `handle`, its CRC-32C checked; uncompressed blocks only
/// (TensorFlow writes its bundle index without compression).
pub(super) fn block(table: &[u8], (offset, size): (usize, usize)) -> Result<&[u8]> {
    let end = offset
        .checked_add(size)
        .and_then(|e| e.checked_add(5))
        .filter(|&e| e <= table.len())
        .ok_or_else(|| bad("index block outside the file"))?;
    let contents = &table[offset..offset + size];
    let kind = table[offset + size];
    let stored = u32::from_le_bytes(table[end - 4..end].try_into().expect("4 bytes"));
    let crc = crc32c::crc32c_append(crc32c::crc32c(contents), &[kind]);
    if crc != unmask(stored) {
        return Err(bad("index block CRC-32C mismatch"));
    }
    if kind != 0 {
        return Err(bad("compressed index block"));
    }
    Ok(contents)
}

/// What the records of one file may rebuild beyond their stored bytes (index keys from
/// shared prefixes, object paths from chains of names): `REBUILT_PER_BYTE` times the file's
/// size, and `REBUILT_FLOOR` bytes for any file. Real indexes rebuild keys of about their own
/// size (0.4 to 1.0 times, tf.keras 2.13 to 2.15), so the bound only stops quadratic blow-ups.
pub(super) const REBUILT_PER_BYTE: usize = 8;
pub(super) const REBUILT_FLOOR: usize = 1 << 20;

/// A budget of bytes that the records of a file of `file_len` bytes may rebuild.
pub(super) struct Budget {
    what: &'static str,
    file_len: usize,
    left: usize,
}

impl Budget {
    pub(super) fn new(what: &'static str, file_len: usize) -> Self {
        Budget {
            what,
            file_len,
            left: Self::limit(file_len),
        }
    }

    pub(super) fn limit(file_len: usize) -> usize {
        file_len.saturating_mul(REBUILT_PER_BYTE).max(REBUILT_FLOOR)
    }

    /// Takes `n` bytes, or refuses the file when they are more than it has left.
    pub(super) fn take(&mut self, n: usize) -> Result<()> {
        self.left = self.left.checked_sub(n).ok_or_else(|| {
            bad(&format!(
                "{} total more than {} bytes, from a file of {} bytes",
                self.what,
                Self::limit(self.file_len),
                self.file_len
            ))
        })?;
        Ok(())
    }
}

/// Calls `f` with each (key, value) entry of a block, keys rebuilt from their shared
/// prefixes (each rebuilt key taken from `budget`).
pub(super) fn entries<'a>(
    block: &'a [u8],
    budget: &mut Budget,
    mut f: impl FnMut(&[u8], &'a [u8]) -> Result<()>,
) -> Result<()> {
    if block.len() < 4 {
        return Err(bad("index block too short"));
    }
    let restarts = u32::from_le_bytes(block[block.len() - 4..].try_into().expect("4")) as usize;
    let end = restarts
        .checked_mul(4)
        .and_then(|r| r.checked_add(4))
        .and_then(|r| block.len().checked_sub(r))
        .ok_or_else(|| bad("index block restarts"))?;
    let mut pos = 0;
    let mut key: Vec<u8> = Vec::new();
    while pos < end {
        let shared = usize_of(varint(block, &mut pos)?)?;
        let unshared = usize_of(varint(block, &mut pos)?)?;
        let value_len = usize_of(varint(block, &mut pos)?)?;
        let key_end = pos.checked_add(unshared).filter(|&e| e <= end);
        let value_end = key_end
            .and_then(|k| k.checked_add(value_len))
            .filter(|&e| e <= end);
        let (Some(key_end), Some(value_end)) = (key_end, value_end) else {
            return Err(bad("index entry past its block"));
        };
        if shared > key.len() {
            return Err(bad("index entry shares more than the previous key"));
        }
        // `shared` is at most the previous key's length, itself taken from the budget; the
        // key it rebuilds is taken before it is built.
        budget.take(shared + unshared)?;
        key.truncate(shared);
        key.extend_from_slice(&block[pos..key_end]);
        f(&key, &block[key_end..value_end])?;
        pos = value_end;
    }
    Ok(())
}

/// Calls `f` with every (key, value) of a LevelDB table, in key order. Keys must be strictly
/// increasing, as LevelDB writes them; each data block must start past the end of the one
/// before, so that no byte of the file is read as two entries, and the keys rebuilt may not
/// total more than the table's `Budget`.
pub(super) fn table_entries(
    table: &[u8],
    mut f: impl FnMut(&[u8], &[u8]) -> Result<()>,
) -> Result<()> {
    if table.len() < FOOTER_LEN {
        return Err(bad("index file too short"));
    }
    let footer = &table[table.len() - FOOTER_LEN..];
    if u64::from_le_bytes(footer[40..48].try_into().expect("8 bytes")) != TABLE_MAGIC {
        return Err(bad("not a tensor bundle index (bad table magic)"));
    }
    let mut pos = 0;
    let _metaindex = handle(footer, &mut pos)?;
    let index = handle(footer, &mut pos)?;
    let mut budget = Budget::new("the index's keys", table.len());
    // The index block's separator keys, then the data blocks' keys, from one budget.
    let mut handles = Vec::new();
    entries(block(table, index)?, &mut budget, |_separator, value| {
        let mut p = 0;
        handles.push(handle(value, &mut p)?);
        Ok(())
    })?;
    let mut next_free = 0;
    let mut previous: Option<Vec<u8>> = None;
    for (offset, size) in handles {
        if offset < next_free {
            return Err(bad("index blocks overlap (a data block listed twice)"));
        }
        let data = block(table, (offset, size))?;
        next_free = offset + size + 5;
        entries(data, &mut budget, |key, value| {
            match &mut previous {
                Some(prev) if key <= &prev[..] => {
                    return Err(bad("index keys out of order or repeated"));
                }
                Some(prev) => {
                    prev.clear();
                    prev.extend_from_slice(key);
                }
                None => previous = Some(key.to_vec()),
            }
            f(key, value)
        })?;
    }
    Ok(())
}
