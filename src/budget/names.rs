//! Enums of fixed names: values that two places must spell the same way (a URL parameter
//! and its parser, an attribute in the markup and the handler that reads it).
//!
//! Each such set of names is one enum declared with [`named_enum!`]: the text of each name
//! is written once, beside its variant, and everything else refers to the variant, so a
//! misspelling is a compile error. `as_str` and `parse` are generated from the same list,
//! and every enum's round trip is tested (`tests/names.rs`).

/// Declares a `Copy` enum whose variants each stand for one fixed name, with:
/// - `ALL`: every variant, in the order written;
/// - `as_str()`: the name;
/// - `parse(&str)`: the variant a name stands for, if any.
///
/// ```ignore
/// named_enum! {
///     /// A breakdown order.
///     pub enum Order {
///         /// Largest first.
///         Largest = "largest",
///         /// As the source lists them.
///         Source = "source",
///     }
/// }
/// ```
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $name {
            /// Every variant, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name as it is written in a URL or in markup.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// The variant `text` names, if any.
            pub fn parse(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == text)
            }
        }
    };
}

pub(crate) use named_enum;
