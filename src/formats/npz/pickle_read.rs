//! Reading pickles without unpickling: the opcodes walked into a tree of inert values, of
//! which only the shapes numpy, JAX and Keras give a tensor are interpreted.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use super::*;

/// An inert value of a pickle: what the unpickler would have built, with every global
/// left as its two names and every call as a record.
#[derive(Clone, Debug)]
pub(super) enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float,
    /// Strings are shared, not copied, when the memo hands them out again.
    Str(Rc<str>),
    /// Bytes, by their place in the pickle.
    Bytes(Range<usize>),
    Tuple(Vec<usize>),
    List(Vec<usize>),
    Dict(Vec<(usize, usize)>),
    /// A set or frozenset (TensorFlow's trackable state holds empty ones).
    Set(Vec<usize>),
    /// An object the unpickler's `persistent_load` would give for this id (torch.save's
    /// storages).
    Persistent(usize),
    Global(Rc<str>, Rc<str>),
    /// `callable(*args)` (REDUCE, NEWOBJ), then `__setstate__(state)` (BUILD).
    Call {
        callable: usize,
        args: usize,
        state: Option<usize>,
    },
}

/// A parsed pickle: values in an arena (the memo and containers refer to them by index, so
/// shared values stay shared and a pickle cannot make its parse grow faster than itself).
pub struct Tree<'a> {
    /// The pickle.
    bytes: &'a [u8],
    nodes: Vec<Value>,
    root: usize,
    /// Tensors already interpreted, by node: a value the memo hands out many times is
    /// looked at once.
    seen: RefCell<HashMap<usize, Located>>,
    /// `_value` of a Keras Variable's state dict, by node, found once.
    values: RefCell<HashMap<usize, Option<usize>>>,
    /// torch storages (`torch_storage`), by the node of their bytes, read once.
    storages: RefCell<HashMap<usize, StorageRead>>,
    /// The pickle's length in bytes.
    len: usize,
}

/// A torch storage's element type and bytes in the pickle, or why it cannot be read.
type StorageRead = std::result::Result<(DType, Range<usize>), String>;

/// Deepest nesting followed when interpreting a tree (cycles and hostile depth end here).
pub(super) const MAX_DEPTH: usize = 64;

/// Most values a pickle may build: a store of 100,000 tensors needs about 4 million, and
/// each costs tens of bytes, so a pickle of tiny opcodes cannot make its parse large.
pub(super) const MAX_NODES: usize = 1 << 23;

pub(super) enum Slot {
    Mark,
    Node(usize),
}

/// Parses a pickle (protocols 2 to 4, the opcodes numpy's and Keras's objects use) into an
/// inert tree. Nothing is imported or called; an opcode outside that set is refused.
pub fn parse_pickle(p: &[u8]) -> std::result::Result<Tree<'_>, String> {
    parse_prefix(p).map(|(tree, _)| tree)
}

/// `parse_pickle` of the pickle `p` starts with, and the length of that pickle.
fn parse_prefix(p: &[u8]) -> std::result::Result<(Tree<'_>, usize), String> {
    let mut nodes: Vec<Value> = Vec::new();
    let mut stack: Vec<Slot> = Vec::new();
    let mut memo: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    let mut at = 0usize;
    let take = |at: &mut usize, n: usize| -> std::result::Result<Range<usize>, String> {
        let end = at
            .checked_add(n)
            .filter(|&e| e <= p.len())
            .ok_or("the pickle is truncated")?;
        let r = *at..end;
        *at = end;
        Ok(r)
    };
    let uint = |r: Range<usize>| -> u64 {
        let mut b = [0u8; 8];
        b[..r.len()].copy_from_slice(&p[r]);
        u64::from_le_bytes(b)
    };
    fn push(nodes: &mut Vec<Value>, stack: &mut Vec<Slot>, v: Value) {
        nodes.push(v);
        stack.push(Slot::Node(nodes.len() - 1));
    }
    let mut opcodes = 0usize;
    fn pop(stack: &mut Vec<Slot>) -> std::result::Result<usize, String> {
        match stack.pop() {
            Some(Slot::Node(i)) => Ok(i),
            _ => Err("the pickle's stack underflows".into()),
        }
    }
    fn pop_mark(stack: &mut Vec<Slot>) -> std::result::Result<Vec<usize>, String> {
        let mark = stack
            .iter()
            .rposition(|s| matches!(s, Slot::Mark))
            .ok_or("the pickle has no MARK")?;
        let items = stack
            .drain(mark..)
            .skip(1)
            .map(|s| match s {
                Slot::Node(i) => i,
                Slot::Mark => unreachable!("rposition found the last mark"),
            })
            .collect();
        Ok(items)
    }
    fn top(stack: &[Slot]) -> std::result::Result<usize, String> {
        match stack.last() {
            Some(Slot::Node(i)) => Ok(*i),
            _ => Err("the pickle's stack underflows".into()),
        }
    }
    let text = |r: Range<usize>| -> std::result::Result<String, String> {
        String::from_utf8(p[r].to_vec()).map_err(|_| "a string is not UTF-8".to_string())
    };
    loop {
        let code = p[take(&mut at, 1)?.start];
        opcodes += 1;
        if nodes.len() > MAX_NODES || stack.len() > MAX_NODES || opcodes > 4 * MAX_NODES {
            return Err("the pickle builds too many values".into());
        }
        match code {
            op::PROTO => {
                let v = p[take(&mut at, 1)?.start];
                if !(2..=5).contains(&v) {
                    return Err(format!("pickle protocol {v} is not supported"));
                }
            }
            op::FRAME => {
                take(&mut at, 8)?;
            }
            op::STOP => {
                let root = pop(&mut stack)?;
                let tree = Tree {
                    bytes: p,
                    nodes,
                    root,
                    seen: RefCell::new(HashMap::new()),
                    values: RefCell::new(HashMap::new()),
                    storages: RefCell::new(HashMap::new()),
                    len: p.len(),
                };
                return Ok((tree, at));
            }
            op::MARK => stack.push(Slot::Mark),
            op::POP => {
                stack.pop().ok_or("the pickle's stack underflows")?;
            }
            op::POP_MARK => {
                pop_mark(&mut stack)?;
            }
            op::DUP => stack.push(Slot::Node(top(&stack)?)),
            op::NONE => push(&mut nodes, &mut stack, Value::None),
            op::NEWTRUE => push(&mut nodes, &mut stack, Value::Bool(true)),
            op::NEWFALSE => push(&mut nodes, &mut stack, Value::Bool(false)),
            op::BININT1 => {
                let v = uint(take(&mut at, 1)?) as i64;
                push(&mut nodes, &mut stack, Value::Int(v));
            }
            op::BININT2 => {
                let v = uint(take(&mut at, 2)?) as i64;
                push(&mut nodes, &mut stack, Value::Int(v));
            }
            op::BININT => {
                let v = uint(take(&mut at, 4)?) as u32 as i32 as i64;
                push(&mut nodes, &mut stack, Value::Int(v));
            }
            op::LONG1 => {
                let n = p[take(&mut at, 1)?.start] as usize;
                let r = take(&mut at, n)?;
                let bytes = &p[r];
                // Two's complement little-endian; beyond 64 bits only sign extension.
                let negative = bytes.last().is_some_and(|b| b & 0x80 != 0);
                let fill = if negative { 0xff } else { 0 };
                if bytes.len() > 8 && bytes[8..].iter().any(|&b| b != fill) {
                    return Err("an integer does not fit 64 bits".into());
                }
                let mut b = [fill; 8];
                let k = bytes.len().min(8);
                b[..k].copy_from_slice(&bytes[..k]);
                push(&mut nodes, &mut stack, Value::Int(i64::from_le_bytes(b)));
            }
            op::BINFLOAT => {
                take(&mut at, 8)?;
                push(&mut nodes, &mut stack, Value::Float);
            }
            op::SHORT_BINUNICODE | op::BINUNICODE | op::BINUNICODE8 => {
                let width = match code {
                    op::SHORT_BINUNICODE => 1,
                    op::BINUNICODE => 4,
                    _ => 8,
                };
                let n = uint(take(&mut at, width)?) as usize;
                let s = text(take(&mut at, n)?)?;
                push(&mut nodes, &mut stack, Value::Str(s.into()));
            }
            op::SHORT_BINBYTES | op::BINBYTES | op::BINBYTES8 => {
                let width = match code {
                    op::SHORT_BINBYTES => 1,
                    op::BINBYTES => 4,
                    _ => 8,
                };
                let n = uint(take(&mut at, width)?);
                let n = usize::try_from(n).map_err(|_| "the pickle is truncated")?;
                let r = take(&mut at, n)?;
                push(&mut nodes, &mut stack, Value::Bytes(r));
            }
            op::EMPTY_TUPLE => push(&mut nodes, &mut stack, Value::Tuple(Vec::new())),
            op::TUPLE1 | op::TUPLE2 | op::TUPLE3 => {
                let n = (code - op::TUPLE1 + 1) as usize;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(pop(&mut stack)?);
                }
                items.reverse();
                push(&mut nodes, &mut stack, Value::Tuple(items));
            }
            op::TUPLE => {
                let items = pop_mark(&mut stack)?;
                push(&mut nodes, &mut stack, Value::Tuple(items));
            }
            op::EMPTY_LIST => push(&mut nodes, &mut stack, Value::List(Vec::new())),
            op::LIST => {
                let items = pop_mark(&mut stack)?;
                push(&mut nodes, &mut stack, Value::List(items));
            }
            op::APPEND | op::APPENDS => {
                let items = if code == op::APPEND {
                    vec![pop(&mut stack)?]
                } else {
                    pop_mark(&mut stack)?
                };
                match &mut nodes[top(&stack)?] {
                    Value::List(list) => list.extend(items),
                    _ => return Err("APPEND to something not a list".into()),
                }
            }
            op::EMPTY_SET => push(&mut nodes, &mut stack, Value::Set(Vec::new())),
            op::BINPERSID => {
                let pid = pop(&mut stack)?;
                push(&mut nodes, &mut stack, Value::Persistent(pid));
            }
            op::FROZENSET => {
                let items = pop_mark(&mut stack)?;
                push(&mut nodes, &mut stack, Value::Set(items));
            }
            op::ADDITEMS => {
                let items = pop_mark(&mut stack)?;
                match &mut nodes[top(&stack)?] {
                    Value::Set(set) => set.extend(items),
                    _ => return Err("ADDITEMS to something not a set".into()),
                }
            }
            op::EMPTY_DICT => push(&mut nodes, &mut stack, Value::Dict(Vec::new())),
            op::DICT | op::SETITEM | op::SETITEMS => {
                let items = if code == op::SETITEM {
                    let v = pop(&mut stack)?;
                    vec![pop(&mut stack)?, v]
                } else {
                    pop_mark(&mut stack)?
                };
                if items.len() % 2 != 0 {
                    return Err("a dict with a key and no value".into());
                }
                let pairs = items.chunks(2).map(|kv| (kv[0], kv[1]));
                if code == op::DICT {
                    push(&mut nodes, &mut stack, Value::Dict(pairs.collect()));
                } else {
                    match &mut nodes[top(&stack)?] {
                        Value::Dict(dict) => dict.extend(pairs),
                        _ => return Err("SETITEM on something not a dict".into()),
                    }
                }
            }
            op::GLOBAL => {
                let mut line = || -> std::result::Result<String, String> {
                    let n = p[at..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .ok_or("the pickle is truncated")?;
                    let s = text(at..at + n)?;
                    at += n + 1;
                    Ok(s)
                };
                let (module, name) = (line()?, line()?);
                push(
                    &mut nodes,
                    &mut stack,
                    Value::Global(module.into(), name.into()),
                );
            }
            op::STACK_GLOBAL => {
                let name = pop(&mut stack)?;
                let module = pop(&mut stack)?;
                match (&nodes[module], &nodes[name]) {
                    (Value::Str(m), Value::Str(n)) => {
                        let g = Value::Global(m.clone(), n.clone());
                        push(&mut nodes, &mut stack, g);
                    }
                    _ => return Err("STACK_GLOBAL of something not strings".into()),
                }
            }
            op::REDUCE | op::NEWOBJ => {
                let args = pop(&mut stack)?;
                let callable = pop(&mut stack)?;
                let call = Value::Call {
                    callable,
                    args,
                    state: None,
                };
                push(&mut nodes, &mut stack, call);
            }
            op::BUILD => {
                let s = pop(&mut stack)?;
                match &mut nodes[top(&stack)?] {
                    Value::Call { state, .. } => *state = Some(s),
                    _ => return Err("BUILD on something not an object".into()),
                }
            }
            op::MEMOIZE | op::BINPUT | op::LONG_BINPUT => {
                let key = match code {
                    op::MEMOIZE => memo.len() as u64,
                    op::BINPUT => uint(take(&mut at, 1)?),
                    _ => uint(take(&mut at, 4)?),
                };
                memo.insert(key, top(&stack)?);
            }
            op::BINGET | op::LONG_BINGET => {
                let width = if code == op::BINGET { 1 } else { 4 };
                let key = uint(take(&mut at, width)?);
                let i = *memo
                    .get(&key)
                    .ok_or("the pickle refers to an unknown memo entry")?;
                stack.push(Slot::Node(i));
            }
            other => {
                return Err(format!(
                    "pickle opcode 0x{other:02x} is not one kerasave reads (only tensors and \
                     the containers holding them are)"
                ))
            }
        }
    }
}

impl Tree<'_> {
    fn node(&self, i: usize) -> &Value {
        &self.nodes[i]
    }

    fn global(&self, i: usize) -> Option<(&str, &str)> {
        match self.node(i) {
            Value::Global(m, n) => Some((m, n)),
            _ => None,
        }
    }

    fn items(&self, i: usize) -> Option<&[usize]> {
        match self.node(i) {
            Value::Tuple(v) | Value::List(v) => Some(v),
            _ => None,
        }
    }

    fn int(&self, i: usize) -> Option<i64> {
        match self.node(i) {
            Value::Int(v) => Some(*v),
            _ => None,
        }
    }

    /// What a node is, for messages.
    fn describe(&self, i: usize) -> String {
        match self.node(i) {
            Value::Call { callable, .. } => match (self.global(*callable), self.node(*callable)) {
                (Some((m, n)), _) => format!("a pickled '{m}.{n}' object"),
                // One level only: a hostile pickle may nest calls millions deep.
                (
                    None,
                    Value::Call {
                        callable: inner, ..
                    },
                ) => match self.global(*inner) {
                    Some((m, n)) => format!("the result of calling a pickled '{m}.{n}' object"),
                    None => "a pickled object".into(),
                },
                (None, _) => "a pickled object".into(),
            },
            Value::Global(m, n) => format!("a reference to '{m}.{n}'"),
            Value::None => "None".into(),
            Value::Bool(_) | Value::Int(_) | Value::Float => "a Python number".into(),
            Value::Str(_) => "a string".into(),
            Value::Bytes(_) => "bytes".into(),
            Value::Tuple(_) | Value::List(_) => "a sequence".into(),
            Value::Dict(_) => "a dict".into(),
            Value::Set(_) => "a set".into(),
            Value::Persistent(_) => "a persistent reference".into(),
        }
    }

    /// The store of a member: the root must be a 0-d object array whose element is a dict
    /// of string keys and tensors. `base` is where the pickle starts in the member.
    pub(super) fn store(&self, base: usize) -> std::result::Result<Vec<(String, Located)>, String> {
        let element = self
            .object_array_element(self.root)
            .ok_or("it holds no store (a 0-d object array of a dict)")?;
        let Value::Dict(pairs) = self.node(element) else {
            return Err(format!(
                "its array holds {}, not a dict",
                self.describe(element)
            ));
        };
        // A dict keeps the last value of a repeated key.
        let mut order: Vec<Rc<str>> = Vec::new();
        let mut values: HashMap<Rc<str>, usize> = HashMap::new();
        for &(k, v) in pairs {
            let Value::Str(key) = self.node(k) else {
                return Err("a store key is not a string".into());
            };
            if values.insert(key.clone(), v).is_none() {
                order.push(key.clone());
            }
        }
        let mut out = Vec::with_capacity(order.len());
        let mut total = 0usize;
        for key in order {
            let mut located = self
                .tensor(values[&key], 0)
                .map_err(|e| format!("store key '{key}': {e}"))?;
            // Tensors referred to many times would be read as many times: the store may
            // not hold more bytes than the pickle does.
            total = total.saturating_add(located.range.len());
            if total > self.len {
                return Err("its tensors add up to more bytes than the file holds".into());
            }
            located.range = located.range.start + base..located.range.end + base;
            out.push((key.to_string(), located));
        }
        Ok(out)
    }

    /// `_reconstruct(ndarray, ...)` built from `(version, shape, dtype, fortran, data)`.
    fn ndarray_state(&self, i: usize) -> Option<usize> {
        let Value::Call {
            callable,
            args,
            state: Some(state),
        } = self.node(i)
        else {
            return None;
        };
        let (m, n) = self.global(*callable)?;
        let cls = *self.items(*args)?.first()?;
        (is_multiarray(m) && n == "_reconstruct" && self.global(cls) == Some(("numpy", "ndarray")))
            .then_some(*state)
    }

    /// The element of a 0-d object array.
    fn object_array_element(&self, i: usize) -> Option<usize> {
        let state = self.items(self.ndarray_state(i)?)?;
        let [_, shape, dtype, _, data] = state else {
            return None;
        };
        let object = matches!(self.dtype_code(*dtype), Ok(None));
        let list = self.items(*data)?;
        (object && self.items(*shape)?.is_empty() && list.len() == 1).then(|| list[0])
    }

    /// The dtype a pickled `numpy.dtype(...)` describes; `None` for the object dtype.
    fn dtype_code(&self, i: usize) -> std::result::Result<Option<DType>, String> {
        let err = || "a malformed dtype".to_string();
        let Value::Call {
            callable,
            args,
            state,
        } = self.node(i)
        else {
            return Err(err());
        };
        if self.global(*callable) != Some(("numpy", "dtype")) {
            return Err(err());
        }
        let first = *self.items(*args).and_then(|a| a.first()).ok_or_else(err)?;
        if let Some(state) = state.and_then(|s| self.items(s)) {
            if let Some(Value::Str(order)) = state.get(1).map(|&o| self.node(o)) {
                if &**order == ">" {
                    return Err("big-endian tensors are not supported".into());
                }
            }
        }
        match self.node(first) {
            Value::Str(code) if &**code == "O8" || &**code == "O4" => Ok(None),
            Value::Str(code) => from_code(code)
                .map(Some)
                .ok_or_else(|| format!("dtype '{code}' is not supported")),
            Value::Global(m, n) if &**m == "ml_dtypes" && &**n == "bfloat16" => {
                Ok(Some(DType::BF16))
            }
            Value::Global(m, n) => Err(format!("dtype '{m}.{n}' is not supported")),
            _ => Err(err()),
        }
    }

    /// A tensor from numpy's array state `(version, shape, dtype, fortran, data)`.
    fn array_of_state(&self, i: usize) -> std::result::Result<Located, String> {
        let bad = || "a malformed array".to_string();
        let state = self.items(i).ok_or_else(bad)?;
        let [_, shape, dtype, fortran, data] = state else {
            return Err(bad());
        };
        let shape = self
            .items(*shape)
            .ok_or_else(bad)?
            .iter()
            .map(|&d| self.int(d).and_then(|d| u64::try_from(d).ok()))
            .collect::<Option<Vec<u64>>>()
            .ok_or_else(bad)?;
        let dtype = self
            .dtype_code(*dtype)?
            .ok_or("an object array inside a store")?;
        if matches!(self.node(*fortran), Value::Bool(true)) && shape.len() > 1 {
            return Err("Fortran-ordered arrays are not supported".into());
        }
        let Value::Bytes(range) = self.node(*data) else {
            return Err(bad());
        };
        let info = TensorInfo { dtype, shape };
        let range = located(&info, range.clone())?;
        Ok(Located { info, range })
    }

    /// A tensor as numpy, JAX, TensorFlow, PyTorch or Keras pickle one: a numpy array, a
    /// numpy scalar, a JAX array (`_reconstruct_array` around numpy's state), a TensorFlow
    /// variable (`tf_variable_value`), a torch Parameter or tensor (`torch_tensor`), or a
    /// Keras `Variable` holding one of these as `_value`.
    fn tensor(&self, i: usize, depth: usize) -> std::result::Result<Located, String> {
        if let Some(found) = self.seen.borrow().get(&i) {
            return Ok(found.clone());
        }
        let found = self.interpret(i, depth)?;
        self.seen.borrow_mut().insert(i, found.clone());
        Ok(found)
    }

    fn interpret(&self, i: usize, depth: usize) -> std::result::Result<Located, String> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply".into());
        }
        if let Some(state) = self.ndarray_state(i) {
            return self.array_of_state(state);
        }
        let unknown = || format!("it holds {}, not a tensor kerasave reads", self.describe(i));
        let Value::Call {
            callable,
            args,
            state,
        } = self.node(i)
        else {
            return Err(unknown());
        };
        if let Some(initial_value) = self.tf_variable_value(*callable, *args) {
            return self.tensor(initial_value, depth + 1);
        }
        let Some((module, name)) = self.global(*callable) else {
            return Err(unknown());
        };
        let args = self.items(*args).unwrap_or_default();
        if is_multiarray(module) && name == "scalar" {
            // numpy scalar: scalar(dtype, bytes)
            if let [dtype, data] = args {
                if let (Ok(Some(dtype)), Value::Bytes(range)) =
                    (self.dtype_code(*dtype), self.node(*data))
                {
                    let info = TensorInfo {
                        dtype,
                        shape: Vec::new(),
                    };
                    let range = located(&info, range.clone())?;
                    return Ok(Located { info, range });
                }
            }
            return Err(unknown());
        }
        if module == "torch._utils" {
            return match (name, args) {
                // _rebuild_parameter(data, requires_grad, backward_hooks[, state])
                ("_rebuild_parameter" | "_rebuild_parameter_with_state", [data, ..]) => {
                    self.tensor(*data, depth + 1)
                }
                // _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks, ...)
                ("_rebuild_tensor_v2", [storage, offset, size, stride, ..]) => {
                    self.torch_tensor(*storage, *offset, *size, *stride)
                }
                _ => Err(unknown()),
            };
        }
        if module == "jax._src.array" && name == "_reconstruct_array" {
            // _reconstruct_array(fun, args, arr_state, aval_state)
            return match args {
                [_, _, arr_state, _] => self.array_of_state(*arr_state),
                _ => Err(unknown()),
            };
        }
        if module.starts_with("keras") && name.ends_with("Variable") {
            let Some(state) = *state else {
                return Err(unknown());
            };
            let Value::Dict(fields) = self.node(state) else {
                return Err(unknown());
            };
            let cached = self.values.borrow().get(&state).copied();
            let value = match cached {
                Some(value) => value,
                None => {
                    let value = fields
                        .iter()
                        .rev() // the last `_value` wins, as in a dict
                        .find(|(k, _)| matches!(self.node(*k), Value::Str(s) if &**s == "_value"))
                        .map(|&(_, v)| v);
                    self.values.borrow_mut().insert(state, value);
                    value
                }
            }
            .ok_or("a pickled Keras Variable without a value")?;
            return self.tensor(value, depth + 1);
        }
        Err(unknown())
    }
}

impl Tree<'_> {
    /// The `initial_value` of a TensorFlow variable as it pickles itself:
    /// `functools.partial(ResourceVariable, initial_value=<numpy array>, ...)()`, the partial
    /// pickled as `partial(func)` with the state `(func, args, keywords, dict)`. `callable`
    /// and `args` are those of the outer call.
    fn tf_variable_value(&self, callable: usize, args: usize) -> Option<usize> {
        if !self.items(args)?.is_empty() {
            return None;
        }
        let Value::Call {
            callable: partial,
            state: Some(state),
            ..
        } = self.node(callable)
        else {
            return None;
        };
        if self.global(*partial) != Some(("functools", "partial")) {
            return None;
        }
        let [func, partial_args, keywords, ..] = self.items(*state)? else {
            return None;
        };
        let (module, name) = self.global(*func)?;
        if !(module.starts_with("tensorflow.") && name.ends_with("Variable")) {
            return None;
        }
        if !self.items(*partial_args)?.is_empty() {
            return None;
        }
        let Value::Dict(keywords) = self.node(*keywords) else {
            return None;
        };
        keywords
            .iter()
            .rev() // the last value of a repeated key wins, as in a dict
            .find(|(k, _)| matches!(self.node(*k), Value::Str(s) if &**s == "initial_value"))
            .map(|&(_, v)| v)
    }
}

/// The element type of a `torch.<Name>` storage class of torch.save's legacy format.
fn torch_storage_dtype(name: &str) -> Option<DType> {
    Some(match name {
        "FloatStorage" => DType::F32,
        "DoubleStorage" => DType::F64,
        "HalfStorage" => DType::F16,
        "BFloat16Storage" => DType::BF16,
        "LongStorage" => DType::I64,
        "IntStorage" => DType::I32,
        "ShortStorage" => DType::I16,
        "CharStorage" => DType::I8,
        "ByteStorage" => DType::U8,
        "BoolStorage" => DType::Bool,
        _ => return None,
    })
}

// torch.save's legacy format starts with pickles of its magic number and protocol version.
pub(super) const TORCH_MAGIC: &[u8] = b"\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.";
pub(super) const TORCH_VERSION: &[u8] = b"\x80\x02M\xe9\x03.";

impl Tree<'_> {
    /// A torch tensor as `_rebuild_tensor_v2(storage, offset, size, stride, ...)` rebuilds
    /// it: a row-major view of `storage` (`torch_storage`) from element `offset` on.
    fn torch_tensor(
        &self,
        storage: usize,
        offset: usize,
        size: usize,
        stride: usize,
    ) -> std::result::Result<Located, String> {
        let bad = || "a malformed torch tensor".to_string();
        let (dtype, bytes) = self.torch_storage(storage)?;
        let ints = |i: usize| -> Option<Vec<u64>> {
            self.items(i)?
                .iter()
                .map(|&d| self.int(d).and_then(|d| u64::try_from(d).ok()))
                .collect()
        };
        let shape = ints(size).ok_or_else(bad)?;
        let strides = ints(stride).ok_or_else(bad)?;
        let offset = self
            .int(offset)
            .and_then(|o| u64::try_from(o).ok())
            .ok_or_else(bad)?;
        if strides.len() != shape.len() {
            return Err(bad());
        }
        // Row-major only (what Keras's variables hold); a dimension of one has any stride.
        let mut want = 1u64;
        for (&d, &s) in shape.iter().zip(&strides).rev() {
            if d > 1 && s != want {
                return Err("torch tensors that are not contiguous are not supported".into());
            }
            want = want.saturating_mul(d);
        }
        let info = TensorInfo { dtype, shape };
        let n = info.nbytes().map_err(|_| bad())?;
        let start = offset
            .checked_mul(dtype.size() as u64)
            .and_then(|o| o.checked_add(bytes.start as u64))
            .ok_or_else(bad)?;
        let end = start
            .checked_add(n)
            .filter(|&e| e <= bytes.end as u64)
            .ok_or("a torch tensor reaches beyond its storage")?;
        let range = located(&info, start as usize..end as usize)?;
        Ok(Located { info, range })
    }

    /// The storage `torch.storage._load_from_bytes(b)` rebuilds: its element type and where
    /// its bytes are in this pickle. Each storage's bytes are read once.
    fn torch_storage(&self, node: usize) -> StorageRead {
        let unknown = || format!("it holds {}, not a torch storage", self.describe(node));
        let Value::Call { callable, args, .. } = self.node(node) else {
            return Err(unknown());
        };
        if self.global(*callable) != Some(("torch.storage", "_load_from_bytes")) {
            return Err(unknown());
        }
        let Some(&[bytes]) = self.items(*args) else {
            return Err(unknown());
        };
        let Value::Bytes(range) = self.node(bytes) else {
            return Err(unknown());
        };
        if let Some(found) = self.storages.borrow().get(&bytes) {
            return found.clone();
        }
        let found = self.read_torch_storage(range.clone());
        self.storages.borrow_mut().insert(bytes, found.clone());
        found
    }

    /// `b` (at `range` in this pickle) as torch.save's legacy format writes one storage:
    /// pickles of the magic number, the protocol version and the system's sizes; the pickle
    /// of the storage as a persistent id `("storage", torch.<Type>Storage, key, location,
    /// numel, ...)`; the pickle of the list of storage keys; then the storage's element
    /// count (8 bytes, little-endian) and its bytes.
    fn read_torch_storage(&self, range: Range<usize>) -> StorageRead {
        let bad = |what: &str| format!("a torch storage in an unknown layout ({what})");
        let b = &self.bytes[range.clone()];
        let rest = b
            .strip_prefix(TORCH_MAGIC)
            .and_then(|r| r.strip_prefix(TORCH_VERSION))
            .ok_or_else(|| bad("no magic number"))?;
        let mut at = b.len() - rest.len();
        let (system, n) = parse_prefix(&b[at..])?;
        at += n;
        let Value::Dict(pairs) = system.node(system.root) else {
            return Err(bad("no system information"));
        };
        let little = pairs.iter().any(|&(k, v)| {
            matches!(system.node(k), Value::Str(s) if &**s == "little_endian")
                && matches!(system.node(v), Value::Bool(true))
        });
        if !little {
            return Err("big-endian tensors are not supported".into());
        }
        let (main, n) = parse_prefix(&b[at..])?;
        at += n;
        let Value::Persistent(pid) = main.node(main.root) else {
            return Err(bad("no storage"));
        };
        let Some([kind, class, key, _, numel, ..]) = main.items(*pid) else {
            return Err(bad("no storage"));
        };
        if !matches!(main.node(*kind), Value::Str(s) if &**s == "storage") {
            return Err(bad("no storage"));
        }
        let dtype = match main.global(*class) {
            Some(("torch", name)) => torch_storage_dtype(name)
                .ok_or_else(|| format!("torch storage type '{name}' is not supported"))?,
            _ => return Err(bad("no storage type")),
        };
        let Value::Str(key) = main.node(*key) else {
            return Err(bad("no storage key"));
        };
        let numel = main.int(*numel).ok_or_else(|| bad("no element count"))?;
        let (keys, n) = parse_prefix(&b[at..])?;
        at += n;
        let one = match keys.items(keys.root) {
            Some(&[k]) => matches!(keys.node(k), Value::Str(s) if s == key),
            _ => false,
        };
        if !one {
            return Err(bad("not one storage"));
        }
        let count = b
            .get(at..at + 8)
            .map(|h| i64::from_le_bytes(h.try_into().expect("8 bytes")))
            .ok_or_else(|| bad("truncated"))?;
        at += 8;
        if count != numel {
            return Err(bad("element counts differ"));
        }
        let end = u64::try_from(count)
            .ok()
            .and_then(|c| c.checked_mul(dtype.size() as u64))
            .and_then(|n| usize::try_from(n).ok())
            .and_then(|n| at.checked_add(n))
            .filter(|&e| e <= b.len())
            .ok_or_else(|| bad("truncated"))?;
        Ok((dtype, range.start + at..range.start + end))
    }
}

pub(super) fn is_multiarray(module: &str) -> bool {
    module == MULTIARRAY || module == "numpy.core.multiarray"
}
