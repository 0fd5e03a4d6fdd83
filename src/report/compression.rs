//! Compressing the report's streams: zlib's default level, one compressor per thread, and the
//! work shared with a second thread (the report is made on a PC with at least two cores).

use std::sync::Mutex;

/// zlib's default level. On the typical report's streams, level 9 saved about 240 bytes of
/// 67 000 and took nearly twice as long.
pub const LEVEL: u32 = 6;

/// Objects packed into one compressed object stream: the typical report's 700 dictionaries go
/// into one stream (lopdf's default of 100 made eight, each with its own compressor).
pub const MAX_OBJECTS_PER_STREAM: usize = 5000;

/// A zlib compressor, reset for each stream instead of made anew.
pub struct Deflater(flate2::Compress);

impl Deflater {
    pub fn new() -> Self {
        Self(flate2::Compress::new(flate2::Compression::new(LEVEL), true))
    }

    /// `input` as a zlib stream, if that is smaller than `input` by more than the 19 bytes a
    /// filter costs in the stream's dictionary (as `lopdf::Stream::compress` decides).
    pub fn smaller(&mut self, input: &[u8]) -> Option<Vec<u8>> {
        let compressor = &mut self.0;
        compressor.reset();
        let mut output = Vec::with_capacity(input.len() / 2 + 64);
        loop {
            let consumed = usize::try_from(compressor.total_in()).ok()?;
            let status = compressor
                .compress_vec(
                    input.get(consumed..)?,
                    &mut output,
                    flate2::FlushCompress::Finish,
                )
                .ok()?;
            match status {
                flate2::Status::StreamEnd => break,
                flate2::Status::Ok | flate2::Status::BufError => {
                    output.reserve(output.len() + 64);
                }
            }
        }
        (output.len() + 19 < input.len()).then_some(output)
    }
}

/// `input` as a zlib stream, fed to a new compressor through flate2's writer as lopdf does
/// for an object stream (a compressor fed in one piece may end a block elsewhere: the same
/// bytes either way make the report the same as lopdf wrote it).
pub fn zlib(input: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Write as _;
    let mut encoder = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(input.len() / 3),
        flate2::Compression::new(LEVEL),
    );
    encoder.write_all(input)?;
    encoder.finish()
}

/// Runs `first` on this thread, while a second thread works through `items` with `work`; then
/// this thread helps with what is left. With one item, or when no thread can be started, this
/// thread does all of it.
pub fn share<T: Send, R>(
    items: &mut [T],
    work: impl Fn(&mut Deflater, &mut T) + Sync,
    first: impl FnOnce() -> R,
) -> R {
    let items_len = items.len();
    let queue = Mutex::new(items.iter_mut());
    let drain = || {
        let mut deflater = None;
        // A poisoned queue means the other thread panicked; the scope passes that panic on.
        while let Ok(Some(item)) = queue.lock().map(|mut queue| queue.next()) {
            work(deflater.get_or_insert_with(Deflater::new), item);
        }
    };
    std::thread::scope(|scope| {
        if items_len > 1 {
            let _helper = std::thread::Builder::new().spawn_scoped(scope, drain);
        }
        let result = first();
        drain();
        result
    })
}

/// Every stream of `doc` that may be compressed and is not yet, compressed where that makes
/// it smaller (what `lopdf::Document::compress` does, at [`LEVEL`] instead of 9).
pub fn compress(doc: &mut lopdf::Document) {
    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|object| match object {
            lopdf::Object::Stream(stream)
                if stream.allows_compression && !stream.dict.has(b"Filter") =>
            {
                Some(stream)
            }
            _ => None,
        })
        .collect();
    // The largest first, so that the two threads finish at about the same time.
    streams.sort_by_key(|stream| std::cmp::Reverse(stream.content.len()));
    share(
        &mut streams,
        |deflater, stream| {
            if let Some(compressed) = deflater.smaller(&stream.content) {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        },
        || {},
    );
}

#[cfg(test)]
mod tests {
    use std::io::Read as _;

    use super::{Deflater, share};

    #[test]
    fn what_is_deflated_inflates_to_the_same_bytes() {
        let mut deflater = Deflater::new();
        let texts: Vec<Vec<u8>> = (0..40_u32)
            .map(|n| {
                (0..n * 997)
                    .map(|i| u8::try_from((i * i + n) % 251).unwrap_or(0) % (1 + (n % 7) as u8))
                    .collect()
            })
            .collect();
        let mut smaller = 0;
        for text in &texts {
            // Reused for each text: nothing of the one before may leak into the next.
            let Some(compressed) = deflater.smaller(text) else {
                assert!(text.len() < 64, "{} bytes did not get smaller", text.len());
                continue;
            };
            smaller += 1;
            let mut inflated = Vec::new();
            flate2::read::ZlibDecoder::new(compressed.as_slice())
                .read_to_end(&mut inflated)
                .expect("a zlib stream");
            assert_eq!(&inflated, text);
        }
        assert!(smaller > 30, "{smaller}");
    }

    #[test]
    fn every_item_is_worked_on_once_and_first_runs_too() {
        let mut items: Vec<(usize, usize)> = (0..500).map(|n| (n, 0)).collect();
        let answer = share(&mut items, |_, item| item.1 += item.0 + 1, || 42);
        assert_eq!(answer, 42);
        assert!(items.iter().all(|&(n, done)| done == n + 1));
    }
}
