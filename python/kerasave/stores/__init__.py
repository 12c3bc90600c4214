"""The stores a model's tensors are saved into and loaded from, each over a file of the Rust
core: HDF5 weights (`h5`), npz weights (`npz`), sharded sets of HDF5 files (`sharded`), and
assets (`assets`); `base` is the interface the traversal drives, `tensors` how a tensor
passes between the backend and the core."""
