"""Back up and restore the database with its photos: 文件 → 备份 / 从备份恢复, and the automatic daily backup."""
