//! A small per-process map whose entries live for a fixed time: for answers that are read on
//! every request and change rarely. What may be cached, and for how long, is each user's
//! decision, documented where it is used.
//!
//! When an entry outlives its TTL, one caller looks it up again while the others keep the old
//! answer for at most one more TTL: a busy key never sends every request in flight to the
//! database at the same moment (measured in docs/performance.md: without this, the offers'
//! p99 on PostgreSQL was half a second, every request piling onto the pool when the cached
//! session expired). So an answer is at most twice the TTL old.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::RwLock;
use std::time::{Duration, Instant};

pub struct TtlCache<K, V> {
    ttl: Duration,
    max_entries: usize,
    entries: RwLock<HashMap<K, Entry<V>>>,
}

struct Entry<V> {
    at: Instant,
    value: V,
    /// A caller is looking the entry up again.
    refreshing: AtomicBool,
}

/// What a look-up in the map found.
#[derive(Debug, PartialEq, Eq)]
enum Found<V> {
    /// Fresh, or stale while another caller refreshes it.
    Use(V),
    /// Stale, and this caller was chosen to look it up again.
    Refresh,
    /// Not there, or too old to use.
    Miss,
}

impl<K: Eq + Hash, V: Clone> TtlCache<K, V> {
    pub fn new(ttl: Duration, max_entries: usize) -> Self {
        TtlCache {
            ttl,
            max_entries,
            entries: RwLock::new(HashMap::new()),
        }
    }

    /// The answer for `key`: cached, or from `look`, which runs when there is none or when
    /// this caller was chosen to refresh a stale one. The answer is kept when `keep` says so;
    /// otherwise any older one is forgotten, so a refresh that finds a session ended ends it
    /// for every caller.
    pub async fn get_or_look<E>(
        &self,
        key: K,
        keep: impl FnOnce(&V) -> bool,
        look: impl Future<Output = Result<V, E>>,
    ) -> Result<V, E> {
        if let Found::Use(value) = self.find(&key) {
            return Ok(value);
        }
        // A failed look-up leaves a stale entry marked as refreshing: the others keep using it
        // until it is too old, then each looks up for itself.
        let value = look.await?;
        if keep(&value) {
            self.insert(key, value.clone());
        } else {
            self.remove(&key);
        }
        Ok(value)
    }

    fn find(&self, key: &K) -> Found<V> {
        let Ok(entries) = self.entries.read() else {
            return Found::Miss;
        };
        let Some(entry) = entries.get(key) else {
            return Found::Miss;
        };
        let age = entry.at.elapsed();
        if age < self.ttl {
            Found::Use(entry.value.clone())
        } else if age >= 2 * self.ttl {
            Found::Miss
        } else if entry.refreshing.swap(true, Ordering::AcqRel) {
            Found::Use(entry.value.clone())
        } else {
            Found::Refresh
        }
    }

    /// Keeps `value`; when full, expired entries go first, and if none had expired, all go.
    pub fn insert(&self, key: K, value: V) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= self.max_entries {
                let usable = 2 * self.ttl;
                entries.retain(|_, e| e.at.elapsed() < usable);
                if entries.len() >= self.max_entries {
                    entries.clear();
                }
            }
            entries.insert(
                key,
                Entry {
                    at: Instant::now(),
                    value,
                    refreshing: AtomicBool::new(false),
                },
            );
        }
    }

    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.clear();
        }
    }

    pub fn remove(&self, key: &K) {
        if let Ok(mut entries) = self.entries.write() {
            entries.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TTL: Duration = Duration::from_millis(40);

    #[test]
    fn one_caller_refreshes_a_stale_entry_while_the_others_keep_the_old_answer() {
        let cache = TtlCache::new(TTL, 10);
        cache.insert(1, "old");
        assert_eq!(cache.find(&1), Found::Use("old"));
        std::thread::sleep(TTL + Duration::from_millis(5));
        assert_eq!(cache.find(&1), Found::Refresh, "the first caller refreshes");
        assert_eq!(
            cache.find(&1),
            Found::Use("old"),
            "the others wait for nobody"
        );
        assert_eq!(cache.find(&1), Found::Use("old"));
        std::thread::sleep(TTL);
        assert_eq!(
            cache.find(&1),
            Found::Miss,
            "never older than twice the TTL"
        );
        cache.insert(1, "new");
        assert_eq!(cache.find(&1), Found::Use("new"));
    }

    #[tokio::test]
    async fn answers_not_kept_end_the_old_one_for_everybody() {
        let cache = TtlCache::new(TTL, 10);
        let look = |v: Option<&'static str>| async move { Ok::<_, ()>(v) };
        let got = cache
            .get_or_look(1, Option::is_some, look(Some("session")))
            .await;
        assert_eq!(got, Ok(Some("session")));
        let cached = cache.get_or_look(1, Option::is_some, look(None)).await;
        assert_eq!(cached, Ok(Some("session")), "fresh: not looked up again");
        tokio::time::sleep(TTL + Duration::from_millis(5)).await;
        let ended = cache.get_or_look(1, Option::is_some, look(None)).await;
        assert_eq!(ended, Ok(None), "the refresh found it gone");
        assert_eq!(
            cache.find(&1),
            Found::Miss,
            "and nobody keeps the old answer"
        );
        let failed = cache.get_or_look(2, |_| true, async { Err::<Option<&str>, _>("down") });
        assert_eq!(failed.await, Err("down"));
    }

    #[test]
    fn the_map_stays_bounded() {
        let cache = TtlCache::new(TTL, 2);
        for k in 1..=4 {
            cache.insert(k, "v");
        }
        let live = (1..=4)
            .filter(|k| matches!(cache.find(k), Found::Use(_)))
            .count();
        assert!(live <= 2, "never more than max_entries");
        cache.remove(&4);
        assert_eq!(cache.find(&4), Found::Miss);
    }
}
